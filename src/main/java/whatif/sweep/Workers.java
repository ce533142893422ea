package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks {@code 0..count-1} on worker threads, each worker with its own evaluator made on its
 * own thread, taking the next task when it is done with one; their rows go to an
 * {@link OrderedSink}, so the output is the same on any number of threads. A task is an index
 * range of a grid, a line to bisect, a batch of corners: anything that yields rows from points.
 */
final class Workers {
    /** The rows of one task, evaluated with the worker's evaluator; checks {@code stop} between points. */
    interface Task {
        List<List<Object>> run(PointEvaluator evaluator, long index, Stop stop);
    }

    /** Where a task's rows go; false once it takes no more. */
    interface RowSink {
        boolean accept(long task, List<List<Object>> rows) throws InterruptedException;

        void stop();
    }

    private final int jobs;
    private final PointEvaluator.Factory factory;
    private final Stop stop;

    Workers(int jobs, PointEvaluator.Factory factory, Stop stop) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.jobs = jobs;
        this.factory = factory;
        this.stop = stop;
    }

    Stop stop() {
        return stop;
    }

    /**
     * Runs every task, or until stopped, and returns when all workers have ended. A task that
     * throws is a bug: the other workers stop, and it is thrown here.
     */
    void run(long count, Task task, RowSink sink) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        int started = (int) Math.min(jobs, Math.max(1, count));
        for (int w = 0; w < started; w++) {
            Thread thread = new Thread(() -> work(count, task, sink, next, failure), "whatif-sweep-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            stop.now();
            sink.stop();
            throw e;
        }
        Optional.ofNullable(failure.get()).ifPresent(e -> {
            throw e;
        });
    }

    private void work(long count, Task task, RowSink sink, AtomicLong next, AtomicReference<RuntimeException> failure) {
        try (PointEvaluator evaluator = factory.newEvaluator()) {
            for (long i = next.getAndIncrement(); i < count && !stop.isSet(); i = next.getAndIncrement()) {
                List<List<Object>> rows = task.run(evaluator, i, stop);
                if (stop.isSet() || !sink.accept(i, rows)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
            stop.now();
            sink.stop();
        }
    }
}
