package whatif.bench;

import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;
import whatif.run.Today;

/**
 * A baseline in plain Drools: each point takes a session from {@link KieBase#newKieSessionsPool},
 * sets its pseudo clock to the date, inserts {@code Today} and the {@code Proposal}, fires, reads
 * the verdict and gives the session back ({@code dispose()} resets it). Safe on many threads.
 */
final class PoolEvaluation implements PointEvaluation {
    private final KieSessionsPool pool;
    private final KieSessionConfiguration conf;
    private final PlainFacts facts;

    PoolEvaluation(KieBase base, int size) {
        this.pool = base.newKieSessionsPool(size);
        this.conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        this.facts = new PlainFacts(base);
    }

    @Override
    public Object verdictAt(Point point) {
        KieSession session = pool.newKieSession(conf);
        try {
            SessionPseudoClock clock = session.getSessionClock();
            long at = point.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            clock.advanceTime(at - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
            session.insert(new Today(point.date()));
            session.insert(facts.proposal(point));
            session.fireAllRules();
            return facts.verdictIn(session);
        } finally {
            session.dispose();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
