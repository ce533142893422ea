package whatif.run;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an {@link Execution} on a worker thread and waits for it at most the timeout, so that a
 * caller (the command line, a JUnit test, a Java test) always gets an outcome back, even from a
 * consequence that never returns. At the deadline the session is halted; a consequence that does
 * not return even then is abandoned on its daemon thread, which cannot keep the JVM alive.
 *
 * <p>Each calling thread has a worker of its own, as a caller waits for one run at a time: a
 * worker keeps a session ({@link ThreadSessions}), so N callers ({@code --jobs N}) build N
 * sessions. A shared pool would start a new thread, and so a new session, whenever a caller
 * came back before the worker that had just answered it was idle again.
 */
final class Deadline {
    /** How long a halted session gets to return before its thread is given up. */
    private static final Duration GRACE = Duration.ofMillis(200);
    /**
     * How long a worker waits for its caller's next run before it ends and lets its session go:
     * long enough for a caller's runs one after the other, even with a collection or a busy
     * machine between them (DeadlineTest counts the sessions), short enough that the workers of
     * callers gone (a finished run's threads) do not keep their sessions and rule books for long.
     */
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadLocal<ThreadPoolExecutor> WORKER = ThreadLocal.withInitial(Deadline::newWorker);

    private Deadline() {
    }

    private static ThreadPoolExecutor newWorker() {
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, IDLE.toNanos(), TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(), task -> {
            // A worker keeps a session (ThreadSessions); when it ends, the session is disposed, or
            // the KieBase, which keeps every session not disposed, would keep it too.
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
        worker.allowCoreThreadTimeOut(true);
        return worker;
    }

    static Outcome run(Execution execution, Duration timeout) {
        ThreadPoolExecutor worker = WORKER.get();
        Future<Outcome> future = worker.submit(execution::run);
        try {
            return await(future, timeout, worker);
        } catch (TimeoutException late) {
            execution.halt();
            try {
                return await(future, GRACE, worker);
            } catch (TimeoutException stuck) {
                future.cancel(true);
                retire(worker);
                return execution.timedOut(timeout);
            }
        }
    }

    private static Outcome await(Future<Outcome> future, Duration timeout, ThreadPoolExecutor worker) throws TimeoutException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            retire(worker);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a scenario ran", e);
        } catch (ExecutionException e) {
            // Execution.run catches what the rules throw; anything else is whatif's own bug.
            throw new IllegalStateException("a scenario's run failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Gives up a worker whose run may still be going (stuck, or cancelled but not yet stopped): the
     * caller's next run gets a new one rather than waiting behind it. The old thread ends, with its
     * session, if its run ever returns.
     */
    private static void retire(ThreadPoolExecutor worker) {
        WORKER.remove();
        worker.shutdown();
    }
}
