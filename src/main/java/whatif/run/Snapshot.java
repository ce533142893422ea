package whatif.run;

import java.time.LocalDate;
import java.util.List;

/**
 * Working memory at one point of a scenario: every fact of a declared type, sorted so that
 * reports do not depend on Drools' internal order, and the rules fired in the checked scope.
 */
record Snapshot(LocalDate on, List<FactView> facts, List<String> fired) {
    Snapshot {
        facts = facts.stream().sorted().toList();
        fired = List.copyOf(fired);
    }
}
