package whatif.run;

import org.kie.api.KieBase;

/**
 * The reusable session of the current thread, for {@link ScenarioRunner}: each of the runner's
 * worker threads keeps one session, over the KieBase it ran last. A thread that moves to another
 * KieBase (a recompiled rule book) disposes the old session, so at most one is kept per thread,
 * and it goes with the thread.
 */
final class ThreadSessions {
    private static final ThreadLocal<ReusableSession> CURRENT = new ThreadLocal<>();

    private ThreadSessions() {
    }

    static ReusableSession over(KieBase base) {
        ReusableSession current = CURRENT.get();
        if (current == null || current.base() != base) {
            if (current != null) {
                current.discard();
            }
            current = new ReusableSession(base);
            CURRENT.set(current);
        }
        return current;
    }

    /** Disposes the current thread's session, as the thread ends. */
    static void release() {
        ReusableSession current = CURRENT.get();
        CURRENT.remove();
        if (current != null) {
            current.discard();
        }
    }
}
