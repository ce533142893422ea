package whatif.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import whatif.source.Diagnostic;

/**
 * The human report: input problems first (rendered with their source line), then one line per
 * scenario, run or rejected, with what did not hold or what is wrong beneath it, the rule
 * coverage when asked for, then the counts:
 * {@code 4 scenarios: 3 passed, 1 failed, 0 errors, 0 invalid}. Printed through a
 * {@link TerminalWriter}, so no name or value from a file can forge or hide a line.
 */
public final class TextReporter implements Reporter {
    private static final String INDENT = "        ";
    private final DiagnosticRenderer renderer;

    public TextReporter(SourceLines sources) {
        this.renderer = new DiagnosticRenderer(sources);
    }

    @Override
    public void report(RunReport report, PrintWriter writer) {
        PrintWriter out = TerminalWriter.over(writer);
        if (!report.rulesCompiled()) {
            report.diagnostics().forEach(d -> renderer.render(d, out));
            out.println("the rules do not compile: no scenario was run");
        } else {
            report.inputDiagnostics().forEach(d -> renderer.render(d, out));
            List<ScenarioEntry> entries = report.entries();
            entries.forEach(entry -> scenarioLine(entry, out));
            if (!entries.isEmpty()) {
                out.println();
            }
            report.coverage().ifPresent(coverage -> CoverageText.write(coverage, out));
        }
        long errors = report.allDiagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            out.println(Quantity.of(errors, "problem") + " in the input; see above");
        }
        out.println(report.summary().sentence());
        out.flush();
    }

    private void scenarioLine(ScenarioEntry entry, PrintWriter out) {
        String label = switch (entry.status()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case INVALID -> "INVALID";
        };
        String name = entry.name().isEmpty() ? "(no name)" : entry.name();
        out.println(String.format(Locale.ROOT, "%-7s %s  (%s)", label, name, entry.span()));
        if (!entry.diagnostics().isEmpty()) {
            out.println();
            entry.diagnostics().forEach(d -> renderer.render(d, out));
        } else if (entry instanceof ScenarioEntry.Ran ran) {
            FailureMessage.linesOf(ran.outcome()).forEach(line -> out.println(INDENT + line));
        }
    }
}
