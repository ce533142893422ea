package whatif.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.explain.Withdrawal;
import whatif.run.FactView;

/**
 * A fact that one run ends with and the other does not, and why, where the runs' traces tell:
 * the rule that concluded it, what became of that rule in the other run, the facts its conditions
 * matched that the other run does not end with, and which changed inputs (a given value, a
 * timeline entry added or removed) the fact rests on.
 *
 * @param withdrawn for {@link Elsewhere#WITHDRAWN}, when and why the other run withdrew it
 * @param matched   the facts the rules produced that the concluding rule's conditions matched and
 *                  the other run does not end with: what stopped (or started) holding
 * @param causes    the changed inputs among the scenario facts it rests on, down its derivation
 */
public record FactDifference(FactView fact, Optional<Conclusion> concludedBy, Elsewhere elsewhere,
                             Optional<Withdrawal> withdrawn, List<FactView> matched, List<InputChange> causes) {
    public FactDifference {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(concludedBy, "concludedBy");
        Objects.requireNonNull(elsewhere, "elsewhere");
        Objects.requireNonNull(withdrawn, "withdrawn");
        matched = List.copyOf(matched);
        causes = List.copyOf(causes);
    }
}
