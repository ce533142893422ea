package whatif.fuzz;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by the current thread so far: a bound on what a parse can hold at once that
 * does not depend on when the garbage collector runs, so a blow-up (aliases expanded, a quadratic
 * walk) shows up the same way on every run.
 */
final class ThreadAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ThreadAllocation() {
    }

    static long soFar() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
