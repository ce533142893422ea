package whatif.explain;

import java.time.LocalDate;
import java.util.Optional;
import whatif.run.FactView;

/**
 * A fact the rules had produced that is gone by the date explained, and why: deleted by a rule,
 * or withdrawn by Drools itself (truth maintenance, when the conditions of an {@code insertLogical}
 * stopped holding; or expiry, when an event left its window).
 */
public record Withdrawal(FactView fact, LocalDate on, Optional<String> rule, String why) {
}
