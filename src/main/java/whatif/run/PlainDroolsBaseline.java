package whatif.run;

import java.util.Optional;
import org.kie.api.runtime.KieSession;
import whatif.rulebook.RuleBook;
import whatif.scenario.Scenario;

/**
 * The ceiling a benchmark compares {@link ScenarioRunner} with: the same facts inserted on the
 * same dates of a pseudo clock, with the same {@link Today} (rules depend on it), the rules fired
 * after each date, over the same KieBase, but none of whatif's own work (no binding, no firing
 * log, no snapshots, no checks).
 */
public final class PlainDroolsBaseline {
    private final RuleBook book;
    private final Plan plan;

    private PlainDroolsBaseline(RuleBook book, Plan plan) {
        this.book = book;
        this.plan = plan;
    }

    /** A baseline for a scenario that fits the rule book; empty for one that does not. */
    public static Optional<PlainDroolsBaseline> of(RuleBook book, Scenario scenario) {
        return ScenarioBinder.bind(scenario, book).plan().map(plan -> new PlainDroolsBaseline(book, plan));
    }

    /** Runs the scenario's steps once; returns the number of rule firings, so the JIT cannot drop the work. */
    public int run() {
        KieSession session = ScenarioCalendar.newSession(book.kieBase());
        try {
            ScenarioCalendar calendar = ScenarioCalendar.startingOn(session, plan.scenario().start());
            int fired = 0;
            for (Plan.Step step : plan.steps()) {
                calendar.advanceClockTo(step.on());
                calendar.moveTodayTo(step.on());
                for (Plan.Seed seed : step.inserts()) {
                    session.insert(seed.type().newFact(seed.values()));
                }
                fired += session.fireAllRules();
            }
            return fired;
        } finally {
            session.dispose();
        }
    }
}
