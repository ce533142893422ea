package whatif.junit;

import java.util.Comparator;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * A scenario file: the container of its scenarios, named by its path. A file with problems is
 * also a test, which fails with them once the scenarios it could read have run, so that a broken
 * file shows red instead of silently holding fewer tests.
 */
final class ScenarioFileDescriptor extends AbstractTestDescriptor implements Node<WhatIfExecutionContext> {
    static final String SEGMENT = "file";

    private final ParsedFile file;

    ScenarioFileDescriptor(UniqueId parentId, ParsedFile file) {
        super(parentId.append(SEGMENT, RelativePath.text(file.file())), RelativePath.text(file.file()),
                FileSource.from(file.file().toFile()));
        this.file = file;
    }

    /** The test of this scenario, added the first time it is asked for; children stay in file order. */
    ScenarioDescriptor scenario(Scenario scenario) {
        UniqueId id = ScenarioDescriptor.idOf(getUniqueId(), scenario);
        return findByUniqueId(id).map(ScenarioDescriptor.class::cast).orElseGet(() -> {
            ScenarioDescriptor child = new ScenarioDescriptor(getUniqueId(), scenario);
            addChild(child);
            orderChildren(children -> children.stream()
                    .sorted(Comparator.comparingInt((TestDescriptor d) -> ((ScenarioDescriptor) d).line()))
                    .toList());
            return child;
        });
    }

    /** The errors; a warning is reported at discovery but does not fail the file. */
    private List<Diagnostic> problems() {
        return file.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Override
    public Type getType() {
        return problems().isEmpty() ? Type.CONTAINER : Type.CONTAINER_AND_TEST;
    }

    @Override
    public void after(WhatIfExecutionContext context) {
        if (!problems().isEmpty()) {
            throw InvalidInput.of("the scenario file `" + getDisplayName() + "` has problems", problems(),
                    Span.wholeFile(file.file()));
        }
    }
}
