package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import whatif.scenario.Scenario;

/**
 * A scenario checked against a rule book once, its values converted and its expectations compiled,
 * from which the {@link Plan} of the scenario, or of a copy with other given values or another
 * {@code asOf}, is made without binding again.
 *
 * @param given    the given facts, in the order written
 * @param timeline the timeline's entries in date order (same-date entries in the order written)
 */
record BoundScenario(Scenario scenario, List<Plan.Seed> given, List<Plan.Step> timeline, List<Check> finalChecks) {
    BoundScenario {
        given = List.copyOf(given);
        timeline = List.copyOf(timeline);
        finalChecks = List.copyOf(finalChecks);
    }

    /** The plan of the scenario as written. */
    Plan plan() {
        return plan(scenario, scenario.asOf(), given);
    }

    /**
     * The plan of {@code copy}: this scenario with {@code given} (the same facts, some values
     * changed) inserted on {@code asOf}. The given facts hold from asOf, so they go in before the
     * events of that day.
     */
    Plan plan(Scenario copy, LocalDate asOf, List<Plan.Seed> given) {
        List<Plan.Step> steps = new ArrayList<>(timeline.size() + 1);
        boolean givenPlaced = false;
        for (Plan.Step step : timeline) {
            if (!givenPlaced && !step.on().isBefore(asOf)) {
                steps.add(new Plan.Step(asOf, given, List.of()));
                givenPlaced = true;
            }
            steps.add(step);
        }
        if (!givenPlaced) {
            steps.add(new Plan.Step(asOf, given, List.of()));
        }
        return new Plan(copy, steps, finalChecks);
    }
}
