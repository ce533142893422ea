package whatif.report;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import whatif.verify.CheckResult;
import whatif.verify.Finding;
import whatif.verify.Invariant;

/**
 * The text report of {@code whatif verify}: for each check, each invariant held or broken, the
 * first findings beneath a broken one with the counterexample file written for each, and a
 * closing line that counts them.
 */
public final class VerifyText {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);

    private VerifyText() {
    }

    /** {@code files} names the counterexample written for each finding, in the order of the results' findings; empty if none. */
    public static void write(List<CheckResult> results, Map<Finding, String> files, PrintWriter out) {
        long invariants = 0;
        long brokenInvariants = 0;
        long findings = 0;
        for (CheckResult result : results) {
            out.println("check: " + result.check().name() + "  (" + result.check().span() + "), "
                    + COUNT.format(result.points()) + (result.points() == 1 ? " point" : " points"));
            for (Map.Entry<Invariant, Long> entry : result.broken().entrySet()) {
                invariants++;
                long count = entry.getValue();
                if (count == 0) {
                    out.println("  held    " + entry.getKey().describe());
                    continue;
                }
                brokenInvariants++;
                findings += count;
                out.println("  BROKEN  " + entry.getKey().describe() + "  (" + entry.getKey().span() + "): "
                        + Quantity.of(count, "finding"));
                for (Finding finding : result.findings()) {
                    if (finding.invariant() == entry.getKey()) {
                        out.println("    " + finding.detail());
                        String file = files.get(finding);
                        if (file != null) {
                            out.println("      reproduced by " + file);
                        }
                    }
                }
                long shown = result.findings().stream().filter(f -> f.invariant() == entry.getKey()).count();
                if (shown < count) {
                    out.println("    and " + COUNT.format(count - shown) + " more");
                }
            }
            if (result.errors() > 0) {
                out.println("  ERROR   " + Quantity.of(result.errors(), "point") + " did not run to the end");
                result.firstErrors().forEach(e -> out.println("    " + e));
            }
        }
        out.println(Quantity.of(results.size(), "check") + ", " + Quantity.of(invariants, "invariant") + ": "
                + (invariants - brokenInvariants) + " held, " + brokenInvariants + " broken ("
                + Quantity.of(findings, "finding") + ")");
        out.flush();
    }
}
