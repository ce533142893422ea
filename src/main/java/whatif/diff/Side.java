package whatif.diff;

import java.util.Objects;
import whatif.rulebook.RuleBook;
import whatif.run.Outcome;
import whatif.scenario.Scenario;

/**
 * One of the two runs a {@link Delta} compares: its outcome (with its trace, to explain it) and the
 * rule book it ran under, whose rules the explanation points at.
 */
public record Side(Outcome outcome, RuleBook book) {
    public Side {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(book, "book");
    }

    public Scenario scenario() {
        return outcome.scenario();
    }
}
