package whatif.report;

import java.io.PrintWriter;
import java.util.List;
import whatif.diff.Delta;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.source.Diagnostic;

/**
 * A diff for the terminal: the input problems first, then each comparison ({@link DeltaText}): a
 * scenario and each of its variants, or each scenario a reform changes (the others are counted);
 * then the counts. Printed through a {@link TerminalWriter}, so no text from a file can forge or
 * hide a line.
 */
public final class DiffText {
    private final DiagnosticRenderer renderer;

    public DiffText(SourceLines sources) {
        this.renderer = new DiagnosticRenderer(sources);
    }

    public void write(DiffReport report, PrintWriter writer) {
        PrintWriter out = TerminalWriter.over(writer);
        report.diagnostics().forEach(d -> renderer.render(d, out));
        if (!report.rulesCompiled()) {
            out.println("the rules do not compile: nothing was compared");
            out.flush();
            return;
        }
        if (report.kind() == DiffReport.Kind.REFORM) {
            rulesOnly("rules only " + report.after() + " has", report.rulesOnlyAfter(), out);
            rulesOnly("rules only " + report.before() + " have", report.rulesOnlyBefore(), out);
        }
        String baseline = null;
        for (Delta delta : report.deltas()) {
            if (report.kind() == DiffReport.Kind.VARIANTS) {
                baseline = variant(delta, baseline, out);
                new DeltaText(report, out).write(delta);
            } else if (delta.hasChanges()) {
                out.println();
                out.println("changed: " + delta.before().scenario().name() + "  (" + delta.before().scenario().span() + "), "
                        + status(delta.before()) + (delta.statusChanged() ? " -> " + status(delta.after()) : ""));
                failures(delta.after(), out);
                new DeltaText(report, out).write(delta);
            }
        }
        out.println();
        long errors = report.allDiagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            out.println(Quantity.of(errors, "problem") + " in the input; see above");
        }
        out.println(report.sentence());
        out.flush();
    }

    /** The variant's line, after its scenario's when the scenario is not {@code shown} yet; returns the scenario shown. */
    private String variant(Delta delta, String shown, PrintWriter out) {
        String baseline = delta.before().scenario().name();
        if (!baseline.equals(shown)) {
            if (shown != null) {
                out.println();
            }
            out.println("scenario: " + baseline + "  (" + delta.before().scenario().span() + "), " + status(delta.before()));
            failures(delta.before(), out);
        }
        String name = delta.after().scenario().variant().map(v -> v.name()).orElse(delta.after().scenario().name());
        out.println();
        out.println("variant: " + name + "  (" + delta.after().scenario().span() + "), " + status(delta.after()));
        failures(delta.after(), out);
        return baseline;
    }

    /** What did not hold, or why the run could not be made, beneath its line. */
    private void failures(Outcome outcome, PrintWriter out) {
        if (outcome.status() == Status.INVALID) {
            out.println();
            outcome.diagnostics().forEach(d -> renderer.render(d, out));
            return;
        }
        FailureMessage.linesOf(outcome).forEach(line -> out.println("    " + line));
    }

    private static void rulesOnly(String what, List<String> rules, PrintWriter out) {
        if (!rules.isEmpty()) {
            out.println(what + ": " + DeltaText.rules(rules));
        }
    }

    private static String status(Outcome outcome) {
        return outcome.status().label();
    }
}
