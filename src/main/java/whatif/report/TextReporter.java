package whatif.report;

import java.io.PrintWriter;
import java.util.Locale;
import whatif.run.Outcome;
import whatif.source.Diagnostic;

/**
 * The human report: input problems first (rendered with their source line), then one line per
 * scenario with what did not hold beneath it, then {@code N passed, N failed}.
 */
public final class TextReporter implements Reporter {
    private static final String INDENT = "        ";
    private final DiagnosticRenderer renderer;

    public TextReporter(SourceLines sources) {
        this.renderer = new DiagnosticRenderer(sources);
    }

    @Override
    public void report(RunReport report, PrintWriter out) {
        report.diagnostics().forEach(d -> renderer.render(d, out));
        if (!report.rulesCompiled()) {
            out.println("the rules do not compile: no scenario was run");
            return;
        }
        for (Outcome outcome : report.outcomes()) {
            scenarioLine(outcome, out);
        }
        if (!report.outcomes().isEmpty()) {
            out.println();
        }
        long errors = report.allDiagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            out.println(errors + (errors == 1 ? " problem" : " problems") + " in the input; see above");
        }
        out.println(report.passed() + " passed, " + report.notPassed() + " failed");
    }

    private void scenarioLine(Outcome outcome, PrintWriter out) {
        String label = switch (outcome.status()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case INVALID -> "INVALID";
        };
        out.println(String.format(Locale.ROOT, "%-7s %s  (%s)", label, outcome.scenario().name(), outcome.scenario().span()));
        if (outcome.diagnostics().isEmpty()) {
            FailureMessage.linesOf(outcome).forEach(line -> out.println(INDENT + line));
        }
        if (!outcome.diagnostics().isEmpty()) {
            out.println();
            outcome.diagnostics().forEach(d -> renderer.render(d, out));
        }
    }
}
