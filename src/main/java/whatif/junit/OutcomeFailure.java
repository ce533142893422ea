package whatif.junit;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import whatif.report.FailureMessage;
import whatif.run.Outcome;
import whatif.run.RunError;
import whatif.run.Verdict;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * What a scenario test throws when its outcome is not a pass: a failed expectation is an
 * {@link AssertionFailedError} (with expected and actual for the IDE's diff when there is one),
 * a run that could not finish a {@link ScenarioError}, an invalid scenario an {@link InvalidInput}.
 * The message is the one the CLI prints under the scenario.
 */
final class OutcomeFailure {
    private OutcomeFailure() {
    }

    static void throwUnlessPassed(Outcome outcome) {
        String message = FailureMessage.of(outcome);
        String name = outcome.scenario().name();
        switch (outcome.status()) {
            case PASSED -> {
            }
            case FAILED -> throw failed(outcome, message);
            case ERROR -> throw new ScenarioError(message, SourceFrames.at(name, spans(outcome)));
            case INVALID -> throw new InvalidInput(message, SourceFrames.at(name, spans(outcome)));
        }
    }

    private static AssertionFailedError failed(Outcome outcome, String message) {
        List<Verdict> failures = outcome.failures();
        AssertionFailedError error = failures.size() == 1
                ? new AssertionFailedError(message, failures.get(0).expected(), failures.get(0).actual())
                : new AssertionFailedError(message);
        error.setStackTrace(SourceFrames.at(outcome.scenario().name(), spans(outcome)));
        return error;
    }

    /** Where each problem is written (the rule at fault, the expectation, the diagnostic), then the scenario. */
    private static List<Span> spans(Outcome outcome) {
        List<Span> spans = new ArrayList<>();
        outcome.error().flatMap(RunError::at).ifPresent(spans::add);
        outcome.failures().forEach(v -> spans.add(v.span()));
        outcome.diagnostics().stream().map(Diagnostic::span).forEach(spans::add);
        spans.add(outcome.scenario().span());
        return spans;
    }
}
