package whatif.junit;

import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/** One scenario, one test: named after the scenario, pointing at its {@code name:} line. */
final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<WhatIfExecutionContext> {
    static final String SEGMENT = "scenario";

    private final Scenario scenario;
    private Span firstOfItsName;

    ScenarioDescriptor(UniqueId parentId, Scenario scenario) {
        super(idOf(parentId, scenario), scenario.name(), FileSource.from(scenario.file().toFile(),
                FilePosition.from(scenario.span().line(), scenario.span().column())));
        this.scenario = scenario;
    }

    static UniqueId idOf(UniqueId parentId, Scenario scenario) {
        return parentId.append(SEGMENT, scenario.name());
    }

    Scenario scenario() {
        return scenario;
    }

    /** Another scenario of the same name came first: this one fails instead of running, as in {@code whatif run}. */
    void duplicates(Span first) {
        this.firstOfItsName = first;
    }

    int line() {
        return scenario.span().line();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public WhatIfExecutionContext execute(WhatIfExecutionContext context, DynamicTestExecutor executor) {
        if (firstOfItsName != null) {
            throw InvalidInput.of("scenario `" + scenario.name() + "` (" + scenario.span() + ") is not run",
                    List.of(Diagnostic.error(DiagnosticCode.DUPLICATE_NAME, scenario.span(),
                                    "two scenarios are named `" + scenario.name() + "`")
                            .withLabel("the first is at " + firstOfItsName)
                            .withHint("names identify scenarios in reports and tests: make this one say what it asks")),
                    scenario.span());
        }
        OutcomeFailure.throwUnlessPassed(context.run(scenario));
        return context;
    }
}
