package whatif.run;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an {@link Execution} on a worker thread and waits for it at most the timeout, so that a
 * caller (the command line, a JUnit test, a Java test) always gets an outcome back, even from a
 * consequence that never returns. At the deadline the session is halted; a consequence that does
 * not return even then is abandoned on its daemon thread, which cannot keep the JVM alive.
 */
final class Deadline {
    /** How long a halted session gets to return before its thread is given up. */
    private static final Duration GRACE = Duration.ofMillis(200);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        // A worker keeps a session (ThreadSessions); when it ends, idle, the session is disposed,
        // or the KieBase, which keeps every session not disposed, would keep it too.
        Runnable disposingItsSession = () -> {
            try {
                task.run();
            } finally {
                ThreadSessions.release();
            }
        };
        Thread thread = new Thread(disposingItsSession, "whatif-run-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Deadline() {
    }

    static Outcome run(Execution execution, Duration timeout) {
        Future<Outcome> future = WORKERS.submit(execution::run);
        try {
            return await(future, timeout);
        } catch (TimeoutException late) {
            execution.halt();
            try {
                return await(future, GRACE);
            } catch (TimeoutException stuck) {
                future.cancel(true);
                return execution.timedOut(timeout);
            }
        }
    }

    private static Outcome await(Future<Outcome> future, Duration timeout) throws TimeoutException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a scenario ran", e);
        } catch (ExecutionException e) {
            // Execution.run catches what the rules throw; anything else is whatif's own bug.
            throw new IllegalStateException("a scenario's run failed: " + e.getCause(), e.getCause());
        }
    }
}
