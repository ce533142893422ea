package whatif.bench;

import java.time.LocalDate;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import whatif.run.Today;

/**
 * The fastest baseline in plain Drools: one session for a thread's whole life. {@code Today} stays
 * in and is replaced only when the date changes; each point inserts its {@code Proposal}, fires,
 * reads the verdict and deletes the proposal, whose logical consequences truth maintenance then
 * withdraws. The pseudo clock is not moved: it cannot go back, and a point holds no event.
 * One thread only.
 */
final class ReusedSessionEvaluation implements PointEvaluation {
    private final KieSession session;
    private final PlainFacts facts;
    private FactHandle today;
    private LocalDate date;

    ReusedSessionEvaluation(KieBase base) {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        this.session = base.newKieSession(conf, null);
        this.facts = new PlainFacts(base);
    }

    @Override
    public Object verdictAt(Point point) {
        if (!point.date().equals(date)) {
            date = point.date();
            if (today == null) {
                today = session.insert(new Today(date));
            } else {
                session.update(today, new Today(date));
            }
        }
        FactHandle proposal = session.insert(facts.proposal(point));
        session.fireAllRules();
        Object verdict = facts.verdictIn(session);
        session.delete(proposal);
        return verdict;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
