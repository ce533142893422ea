package whatif.junit;

import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import whatif.report.FailureMessage;
import whatif.run.Outcome;
import whatif.run.Verdict;
import whatif.scenario.Scenario;
import whatif.source.Span;

/** One scenario, one test, named after the scenario and pointing at its {@code name:} line. */
final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<WhatIfExecutionContext> {
    static final String SEGMENT = "scenario";

    private final Scenario scenario;
    private Span firstOfItsName;

    ScenarioDescriptor(UniqueId parentId, Scenario scenario) {
        super(parentId.append(SEGMENT, scenario.name()), scenario.name(),
                FileSource.from(scenario.file().toFile(), FilePosition.from(scenario.span().line(), scenario.span().column())));
        this.scenario = scenario;
    }

    Scenario scenario() {
        return scenario;
    }

    /** Another scenario of the same name came first: this one fails instead of running, as in `whatif run`. */
    void duplicates(Span first) {
        this.firstOfItsName = first;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public WhatIfExecutionContext execute(WhatIfExecutionContext context, DynamicTestExecutor executor) {
        if (firstOfItsName != null) {
            throw new AssertionError(scenario.span() + ": two scenarios are named `" + scenario.name()
                    + "`; the first is at " + firstOfItsName + "; hint: names identify scenarios in reports and tests");
        }
        Outcome outcome = context.run(scenario);
        if (outcome.passed()) {
            return context;
        }
        List<Verdict> failures = outcome.failures();
        if (failures.size() == 1 && outcome.error().isEmpty()) {
            // One failed expectation: give the IDE expected and actual to show as a diff.
            throw new AssertionFailedError(FailureMessage.of(outcome), failures.get(0).expected(), failures.get(0).actual());
        }
        throw new AssertionFailedError(FailureMessage.of(outcome));
    }
}
