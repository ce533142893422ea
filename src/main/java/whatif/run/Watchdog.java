package whatif.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One daemon thread that halts the sessions of points run past their deadline, for evaluators
 * that run points on the calling thread: handing each point to another thread, as
 * {@link Deadline} does for a whole scenario, would cost more than the point. It looks every
 * {@link #PERIOD_MS} ms, so a point is halted at most that late. A consequence that never returns
 * cannot be halted; its point holds the calling thread.
 */
final class Watchdog {
    static final long PERIOD_MS = 20;
    private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();

    /** Something running that the watchdog checks each period. */
    interface Watched {
        void check(long nowNanos);
    }

    static {
        Thread thread = new Thread(Watchdog::watch, "whatif-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private Watchdog() {
    }

    static void watch(Watched watched) {
        WATCHED.add(watched);
    }

    static void unwatch(Watched watched) {
        WATCHED.remove(watched);
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Watched watched : WATCHED) {
                watched.check(now);
            }
        }
    }
}
