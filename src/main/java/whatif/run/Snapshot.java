package whatif.run;

import java.time.LocalDate;
import java.util.List;

/**
 * Working memory at one point of a scenario: every fact of a declared type, sorted so that
 * reports do not depend on Drools' internal order, and the rules fired in the checked scope.
 *
 * @param produced the facts the rules inserted or changed: all of {@code facts} but the scenario's
 *                 own facts that no rule touched
 */
record Snapshot(LocalDate on, List<FactView> facts, List<FactView> produced, List<String> fired) {
    Snapshot {
        facts = facts.stream().sorted().toList();
        produced = List.copyOf(produced);
        fired = List.copyOf(fired);
    }
}
