package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import whatif.run.PointEvaluator;

/**
 * Runs points {@code 0..size-1} on a pool of threads, each with its own {@link PointEvaluator}
 * (it keeps a session between points), made and closed on its own thread, taking runs of
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

    /** Returns when every point has run; a task that throws is a bug, rethrown here. */
    static void run(long size, int jobs, Supplier<PointEvaluator> evaluators, PointTask task) {
        AtomicLong next = new AtomicLong();
        Callable<Void> worker = () -> {
            try (PointEvaluator evaluator = evaluators.get()) {
                for (long from = next.getAndAdd(CHUNK); from < size; from = next.getAndAdd(CHUNK)) {
                    for (long i = from; i < Math.min(size, from + CHUNK); i++) {
                        task.run(evaluator, i);
                    }
                }
            }
            return null;
        };
        int threads = (int) Math.max(1, Math.min(jobs, (size + CHUNK - 1) / CHUNK));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "whatif-verify");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(worker));
            }
            for (Future<Void> done : running) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a point failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
