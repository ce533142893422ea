package whatif.run;

import org.kie.api.runtime.rule.FactHandle;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;
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
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        KieSession session = book.kieBase().newKieSession(conf, null);
        try {
            SessionPseudoClock clock = session.getSessionClock();
            Today today = new Today(plan.scenario().start());
            FactHandle todayHandle = session.insert(today);
            int fired = 0;
            for (Plan.Step step : plan.steps()) {
                long at = step.on().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                clock.advanceTime(at - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
                if (!today.getDate().equals(step.on())) {
                    // As the runner does: Today moves only when the date does.
                    today.setDate(step.on());
                    session.update(todayHandle, today);
                }
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
