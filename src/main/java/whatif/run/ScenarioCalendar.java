package whatif.run;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

/**
 * A session's pseudo clock and its {@link Today} fact, moved together along a scenario's dates.
 */
final class ScenarioCalendar {
    private final KieSession session;
    private final SessionPseudoClock clock;
    private final Today today;
    private final FactHandle todayHandle;

    private ScenarioCalendar(KieSession session, LocalDate start) {
        this.session = session;
        this.clock = session.getSessionClock();
        advanceClockTo(start);
        this.today = new Today(start);
        this.todayHandle = session.insert(today);
    }

    /**
     * One configuration for every session: building one reads Drools' property files from the
     * jars, which cost more than running a small scenario. Sharing it is safe: a session only
     * reads it (each gets its own clock and timers from it), as every session of a KieBase
     * shares the base's default configuration.
     */
    private static final KieSessionConfiguration PSEUDO_CLOCK = pseudoClockConfiguration();

    private static KieSessionConfiguration pseudoClockConfiguration() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        return conf;
    }

    /** A new session over the base, with a pseudo clock that only moves when told. */
    static KieSession newSession(KieBase base) {
        return base.newKieSession(PSEUDO_CLOCK, null);
    }

    /** Sets the clock to {@code start} and inserts Today. */
    static ScenarioCalendar startingOn(KieSession session, LocalDate start) {
        return new ScenarioCalendar(session, start);
    }

    Today today() {
        return today;
    }

    /** Events inserted after this carry {@code date} (midnight UTC) as their timestamp. */
    void advanceClockTo(LocalDate date) {
        long at = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        clock.advanceTime(at - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
    }

    /**
     * Moves Today to {@code date}, only when the date changes: updating it again on the same day
     * would re-fire every rule that matches it, and a rule that inserts would insert twice. The
     * update evaluates conditions, so it belongs where rule errors are caught.
     */
    void moveTodayTo(LocalDate date) {
        if (!today.getDate().equals(date)) {
            today.setDate(date);
            session.update(todayHandle, today);
        }
    }
}
