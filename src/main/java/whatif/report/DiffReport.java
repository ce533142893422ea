package whatif.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * @param notReadOrOrphaned scenarios read but rejected, and variants whose scenario was: none can be compared
 * @param rulesCompiled false when a rule book did not compile, so nothing was compared
 */
public record DiffReport(Kind kind, String before, String after, List<Diagnostic> diagnostics, List<Delta> deltas,
                         List<String> rulesOnlyBefore, List<String> rulesOnlyAfter, int notReadOrOrphaned,
                         boolean rulesCompiled) {
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

    /** Comparisons made in full whose outcome changed. */
    public long changed() {
        return deltas.stream().filter(d -> !d.isIncomplete() && d.hasChanges()).count();
    }

    /** Comparisons made in full whose outcome did not change. */
    public long unchanged() {
        return deltas.stream().filter(d -> !d.isIncomplete() && !d.hasChanges()).count();
    }

    /** Scenarios that could not be compared: not read, or a run that did not fit its rules or reach its end. */
    public long notCompared() {
        return notReadOrOrphaned + deltas.stream().filter(Delta::isIncomplete).count();
    }

    /** Every problem: in the input, and in the scenarios that did not fit the rules, each once. */
    public List<Diagnostic> allDiagnostics() {
        Set<Diagnostic> all = new LinkedHashSet<>(diagnostics);
        for (Delta delta : deltas) {
            all.addAll(delta.before().diagnostics());
            all.addAll(delta.after().diagnostics());
        }
        return List.copyOf(all);
    }

    /**
     * The closing line: {@code 3 variants: 2 change the outcome, 1 changes nothing}, or for a
     * reform {@code 12 scenarios: 3 changed, 9 unchanged}; what could not be compared only when there is some.
     */
    public String sentence() {
        long changed = changed();
        long unchanged = unchanged();
        long notCompared = notCompared();
        String counts = kind == Kind.VARIANTS
                ? Quantity.of(changed + unchanged + notCompared, "variant") + ": " + changed + (changed == 1 ? " changes" : " change")
                        + " the outcome, " + unchanged + (unchanged == 1 ? " changes" : " change") + " nothing"
                : Quantity.of(changed + unchanged + notCompared, "scenario") + ": " + changed + " changed, " + unchanged + " unchanged";
        return notCompared == 0 ? counts : counts + ", " + notCompared + " could not be compared";
    }
}
