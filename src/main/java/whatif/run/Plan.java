package whatif.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import whatif.rulebook.DeclaredType;
import whatif.scenario.Scenario;
import whatif.source.Span;

/**
 * A scenario bound to a rule book: its values converted to the declared field types, its
 * expectations compiled to checks, its steps in date order. Only a valid scenario gets one.
 */
record Plan(Scenario scenario, List<Step> steps, List<Check> finalChecks) {
    Plan {
        steps = List.copyOf(steps);
        finalChecks = List.copyOf(finalChecks);
    }

    /** One date of the timeline: facts to insert, then the checks to run once the rules have fired. */
    record Step(LocalDate on, List<Seed> inserts, List<Check> checks) {
        Step {
            inserts = List.copyOf(inserts);
            checks = List.copyOf(checks);
        }
    }

    /** A fact to insert: its type, converted field values, and where the scenario writes it. */
    record Seed(DeclaredType type, Map<String, Object> values, Span span) {
    }
}
