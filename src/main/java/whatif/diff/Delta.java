package whatif.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.run.Outcome;
import whatif.run.Status;

/**
 * What changed from one run to another: a scenario and its variant under one rule book, or one
 * scenario under today's rule book and a draft. The inputs that differ, the facts each run ends
 * with that the other does not (and those matched across the runs with fields changed), the rules
 * that fired in one run only, and the first date on which the runs part.
 *
 * @param before        the baseline, or the run under today's rules
 * @param after         the variant, or the run under the draft
 * @param inputs        how the scenarios' inputs differ (none for a reform, which changes the rules)
 * @param appeared      facts the run after ends with and the run before does not
 * @param disappeared   facts the run before ends with and the run after does not
 * @param firedOnlyBefore rules that fired in the run before and never in the run after
 * @param firedOnlyAfter  rules that fired in the run after and never in the run before
 */
public record Delta(Outcome before, Outcome after, List<InputChange> inputs, List<FactDifference> appeared,
                    List<FactDifference> disappeared, List<FactChange> changed, List<String> firedOnlyBefore,
                    List<String> firedOnlyAfter, Optional<Parting> parting) {
    public Delta {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        inputs = List.copyOf(inputs);
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
        changed = List.copyOf(changed);
        firedOnlyBefore = List.copyOf(firedOnlyBefore);
        firedOnlyAfter = List.copyOf(firedOnlyAfter);
        Objects.requireNonNull(parting, "parting");
    }

    /**
     * Whether the outcome moved: its status, a fact the runs end with, or a rule fired. Runs that
     * part on some date and end alike (a variant that only starts later, say) did not change it.
     */
    public boolean hasChanges() {
        return before.status() != after.status() || !appeared.isEmpty() || !disappeared.isEmpty() || !changed.isEmpty()
                || !firedOnlyBefore.isEmpty() || !firedOnlyAfter.isEmpty();
    }

    public boolean statusChanged() {
        return before.status() != after.status();
    }

    /** Whether either run could not be compared fact by fact: it did not fit its rule book, or it did not run to its end. */
    public boolean isIncomplete() {
        return before.status() == Status.INVALID || after.status() == Status.INVALID
                || before.error().isPresent() || after.error().isPresent();
    }
}
