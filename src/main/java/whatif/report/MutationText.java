package whatif.report;

import java.io.PrintWriter;
import java.util.Locale;
import whatif.mutate.MutantResult;
import whatif.mutate.MutantStatus;
import whatif.mutate.MutationReport;

/**
 * Mutation testing for a person: each mutant no scenario caught, with the rule, its place and the
 * change, then each that did not compile, then the counts and the score with the time it took.
 * <pre>
 * SURVIVED    motorway speed limit  (rules/speed.drl:30:33)
 *             `speedKmh &gt; 120` -&gt; `speedKmh &gt; 121`
 *
 * 10 mutants of 2 rules against 4 scenarios: 9 caught, 1 survived, 0 not compiled
 * mutation score 90.0% (9 of 10 caught) in 2.1 s
 * </pre>
 * The time is the only line that changes from run to run; the JSON form leaves it out.
 */
public final class MutationText {
    private static final String INDENT = " ".repeat(12);

    public void report(MutationReport report, PrintWriter writer) {
        PrintWriter out = TerminalWriter.over(writer);
        for (MutantResult result : report.with(MutantStatus.SURVIVED)) {
            heading("SURVIVED", result, out);
            out.println(INDENT + result.mutant().change() + (result.firedBy() == 0 ? " (no scenario fires this rule)" : ""));
        }
        for (MutantResult result : report.with(MutantStatus.NOT_COMPILED)) {
            heading("UNCOMPILED", result, out);
            out.println(INDENT + result.mutant().change());
            out.println(INDENT + result.detail());
        }
        if (report.count(MutantStatus.SURVIVED) + report.count(MutantStatus.NOT_COMPILED) > 0) {
            out.println();
        }
        out.println(counts(report));
        out.println(score(report));
        out.flush();
    }

    private static void heading(String label, MutantResult result, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%-12s", label) + result.mutant().rule() + "  (" + result.mutant().location() + ")");
    }

    private static String counts(MutationReport report) {
        return Quantity.of(report.results().size(), "mutant") + " of " + Quantity.of(report.rules(), "rule")
                + " against " + Quantity.of(report.scenarios(), "scenario") + ": "
                + report.count(MutantStatus.CAUGHT) + " caught, " + report.count(MutantStatus.SURVIVED) + " survived, "
                + report.count(MutantStatus.NOT_COMPILED) + " not compiled";
    }

    private static String score(MutationReport report) {
        long caught = report.count(MutantStatus.CAUGHT);
        long judged = caught + report.count(MutantStatus.SURVIVED);
        String line = "mutation score " + report.scoreText() + " (" + caught + " of " + judged + " caught) in "
                + String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
        if (report.minScore().isEmpty()) {
            return line;
        }
        String minimum = String.format(Locale.ROOT, "%s", trimmed(report.minScore().getAsDouble()));
        return line + (report.meetsMinimum() ? "; at least --min-score " : "; below --min-score ") + minimum;
    }

    /** {@code 90} rather than {@code 90.0}, {@code 87.5} as it is. */
    private static String trimmed(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
