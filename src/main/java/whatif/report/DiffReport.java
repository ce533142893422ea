package whatif.report;

import java.util.List;
import java.util.Objects;
import whatif.diff.Delta;
import whatif.source.Diagnostic;

/**
 * Everything {@code whatif diff} has to say: the problems in its input, and each comparison made,
 * of a scenario and its variant, or of a scenario under today's rules and a draft.
 *
 * @param kind          variants of a scenario, or a reform of the rules
 * @param before        what the runs before are, as a reader names them: {@code the baseline}, {@code today's rules}
 * @param after         what the runs after are: {@code the variant}, {@code the draft}
 *                      (a run is {@code in} a variant but {@code under} a draft: see {@link #in})
 * @param rulesOnlyBefore for a reform, the rules only today's rule book has
 * @param rulesOnlyAfter  for a reform, the rules only the draft has
 * @param notCompared   scenarios that could not be compared (they did not fit the rules, or could not be read)
 * @param rulesCompiled false when a rule book did not compile, so nothing was compared
 */
public record DiffReport(Kind kind, String before, String after, List<Diagnostic> diagnostics, List<Delta> deltas,
                         List<String> rulesOnlyBefore, List<String> rulesOnlyAfter, int notCompared, boolean rulesCompiled) {
    public DiffReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        diagnostics = List.copyOf(diagnostics);
        deltas = List.copyOf(deltas);
        rulesOnlyBefore = List.copyOf(rulesOnlyBefore);
        rulesOnlyAfter = List.copyOf(rulesOnlyAfter);
    }

    /** A report of rules that did not compile: their problems, and nothing compared. */
    public static DiffReport notCompiled(Kind kind, String before, String after, List<Diagnostic> diagnostics) {
        return new DiffReport(kind, before, after, diagnostics, List.of(), List.of(), List.of(), 0, false);
    }

    public enum Kind {
        VARIANTS, REFORM
    }

    /** {@code in the variant}, {@code under the draft}: where something happens, for either side's name. */
    public String in(String side) {
        return (kind == Kind.VARIANTS ? "in " : "under ") + side;
    }

    public long changed() {
        return deltas.stream().filter(Delta::hasChanges).count();
    }

    /**
     * The closing line: {@code 3 variants: 2 change the outcome, 1 changes nothing}, or for a
     * reform {@code 12 scenarios: 3 changed, 9 unchanged}; what could not be compared only when there is some.
     */
    public String sentence() {
        long changed = changed();
        long unchanged = deltas.size() - changed;
        String counts = kind == Kind.VARIANTS
                ? Quantity.of(deltas.size() + notCompared, "variant") + ": " + changed + (changed == 1 ? " changes" : " change")
                        + " the outcome, " + unchanged + (unchanged == 1 ? " changes" : " change") + " nothing"
                : Quantity.of(deltas.size() + notCompared, "scenario") + ": " + changed + " changed, " + unchanged + " unchanged";
        return notCompared == 0 ? counts : counts + ", " + notCompared + " could not be compared";
    }
}
