package whatif.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * A selected path that gives no scenario (it does not exist, or holds no scenario file): a test
 * that fails with the reason, since a selection that checks nothing is not a pass.
 */
final class NoScenarioDescriptor extends AbstractTestDescriptor implements Node<WhatIfExecutionContext> {
    static final String SEGMENT = "path";

    private final Path path;
    private final List<Diagnostic> problems;

    NoScenarioDescriptor(UniqueId parentId, Path path, List<Diagnostic> problems) {
        super(parentId.append(SEGMENT, RelativePath.text(path)), problems.get(0).message(), source(path));
        this.path = path;
        this.problems = List.copyOf(problems);
    }

    private static TestSource source(Path path) {
        if (Files.isDirectory(path)) {
            return DirectorySource.from(path.toFile());
        }
        return Files.isRegularFile(path) ? FileSource.from(path.toFile()) : null;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public WhatIfExecutionContext execute(WhatIfExecutionContext context, DynamicTestExecutor executor) {
        throw InvalidInput.of("no scenario to run in `" + RelativePath.text(path) + "`", problems, Span.wholeFile(path));
    }
}
