package whatif.explain;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a scenario's outcome is what it is on a date: a derivation for every fact the rules produced
 * that is in working memory then, and the facts withdrawn by then.
 */
public record Explanation(String scenario, LocalDate on, List<Derivation> facts, List<Withdrawal> withdrawn) {
    public Explanation {
        facts = List.copyOf(facts);
        withdrawn = List.copyOf(withdrawn);
    }
}
