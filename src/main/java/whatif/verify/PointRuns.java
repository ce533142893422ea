package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import whatif.run.PointEvaluator;

/**
 * Runs points {@code 0..size-1} on worker threads, each with its own {@link PointEvaluator} (it
 * keeps a session between points), made and closed on its own thread, taking runs of
 * {@link #CHUNK} points at a time. What a point gives is written by the caller into its own slot,
 * so the order the threads finish in changes nothing.
 */
final class PointRuns {
    static final int CHUNK = 256;

    /** What to do with one point. */
    interface PointTask {
        void run(PointEvaluator evaluator, long index);
    }

    private PointRuns() {
    }

    /** Returns when every point has run; a task that throws is a bug, rethrown here once the others stop. */
    static void run(long size, int jobs, Supplier<PointEvaluator> evaluators, PointTask task) {
        AtomicLong next = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        int started = (int) Math.max(1, Math.min(jobs, (size + CHUNK - 1) / CHUNK));
        for (int w = 0; w < started; w++) {
            Thread thread = new Thread(() -> {
                try (PointEvaluator evaluator = evaluators.get()) {
                    for (long from = next.getAndAdd(CHUNK); from < size && failure.get() == null; from = next.getAndAdd(CHUNK)) {
                        for (long i = from; i < Math.min(size, from + CHUNK); i++) {
                            task.run(evaluator, i);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
                }
            }, "whatif-verify-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a point failed: " + failure.get(), failure.get());
        }
    }
}
