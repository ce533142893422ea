package whatif.run;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * One session over a KieBase, used by one run at a time and reset between runs, so that a run
 * pays for clearing the session's memories instead of building them. Drools' reset is what its
 * own session pool ({@code KieBase.newKieSessionsPool}) does when a pooled session is disposed:
 * every fact, the agenda, the globals, the listeners, the timers and the pseudo clock (back to 0)
 * go, and the counters that order facts and activations start again from 0, so a reset session
 * fires the same rules in the same order as a new one. A session a run left broken (a rule threw,
 * looped or did not return in time) is discarded, never reset.
 */
final class ReusableSession {
    private final KieBase base;
    private KieSession session;

    ReusableSession(KieBase base) {
        this.base = base;
    }

    KieBase base() {
        return base;
    }

    /** A session in the state of a new one: this one reset, or a new one the first time. */
    KieSession fresh() {
        if (session instanceof StatefulKnowledgeSessionImpl used) {
            used.reset();
        } else {
            discard();
            session = ScenarioCalendar.newSession(base);
        }
        return session;
    }

    /** Disposes the session: the next {@link #fresh()} builds a new one. */
    void discard() {
        KieSession broken = session;
        session = null;
        if (broken != null) {
            try {
                broken.dispose();
            } catch (RuntimeException e) {
                // A session left broken by a failed rule: nothing more to do with it.
            }
        }
    }
}
