package whatif.report;

import java.util.ArrayList;
import java.util.List;
import whatif.run.Outcome;
import whatif.run.Verdict;
import whatif.source.Diagnostic;

/**
 * Why a scenario did not pass, in the words the CLI prints under it and the JUnit engine puts
 * in its assertion error: each expectation that did not hold with expected and actual, the run
 * error with its hint, or the diagnostics of an invalid scenario.
 */
public final class FailureMessage {
    private FailureMessage() {
    }

    /** The lines, unindented; empty for a passed scenario. */
    public static List<String> linesOf(Outcome outcome) {
        List<String> lines = new ArrayList<>();
        for (Verdict verdict : outcome.failures()) {
            lines.add("not held: " + verdict.expectation() + "  (" + verdict.span() + ", on " + verdict.on() + ")");
            lines.add("  expected: " + verdict.expected());
            lines.add("  actual:   " + verdict.actual());
        }
        outcome.error().ifPresent(error -> {
            lines.add(error.message());
            if (!error.hint().isEmpty()) {
                lines.add("= hint: " + error.hint());
            }
        });
        outcome.diagnostics().stream().map(Diagnostic::oneLine).forEach(lines::add);
        return lines;
    }

    /**
     * One text: the scenario, where it is, then {@link #linesOf}. Each line is escaped with
     * {@link TerminalText#escape}: test runners print this message in a terminal, and only the
     * line breaks put here may break it.
     */
    public static String of(Outcome outcome) {
        StringBuilder out = new StringBuilder(TerminalText.escape("scenario `" + outcome.scenario().name() + "` ("
                + outcome.scenario().span() + ") " + outcome.status().label()));
        linesOf(outcome).forEach(line -> out.append(System.lineSeparator()).append("  ").append(TerminalText.escape(line)));
        return out.toString();
    }
}
