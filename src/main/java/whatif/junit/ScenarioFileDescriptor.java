package whatif.junit;

import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import whatif.scenario.ParsedFile;
import whatif.source.Diagnostic;

/**
 * A scenario file: the container of its scenarios. A file with problems is itself a test that
 * fails with them, so that a broken file shows red instead of silently holding no test.
 */
final class ScenarioFileDescriptor extends AbstractTestDescriptor implements Node<WhatIfExecutionContext> {
    static final String SEGMENT = "file";

    private final List<Diagnostic> problems;

    ScenarioFileDescriptor(UniqueId parentId, ParsedFile file) {
        super(parentId.append(SEGMENT, file.file().toString()), file.file().toString().replace('\\', '/'),
                FileSource.from(file.file().toFile(), FilePosition.from(1, 1)));
        this.problems = file.diagnostics();
    }

    @Override
    public Type getType() {
        return problems.isEmpty() ? Type.CONTAINER : Type.CONTAINER_AND_TEST;
    }

    @Override
    public WhatIfExecutionContext execute(WhatIfExecutionContext context, DynamicTestExecutor executor) {
        if (!problems.isEmpty()) {
            throw new AssertionError("the scenario file `" + getDisplayName() + "` has problems:"
                    + System.lineSeparator() + WhatIfExecutionContext.lines(problems));
        }
        return context;
    }
}
