package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks {@code 0..count-1} on worker threads, each worker with its own evaluator made on its
 * own thread, taking the next task when it is done with one; their rows go to an
 * {@link OrderedSink}, so the output is the same on any number of threads. A task is an index
 * range of a grid, a line to bisect, a batch of corners: anything that yields rows from points.
 * Before its first task, each worker may run a {@link Prelude} with its evaluator; no worker takes
 * a task before every prelude is done.
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

    /**
     * What each worker does with its evaluator before any worker takes a task, such as evaluating
     * its share of a sample; {@code worker} counts from 0 to {@code workers - 1}.
     */
    interface Prelude {
        Prelude NONE = (evaluator, worker, workers, stop) -> { };

        void run(PointEvaluator evaluator, int worker, int workers, Stop stop);
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

    /** {@link #run(long, Prelude, Task, RowSink)} with no prelude. */
    void run(long count, Task task, RowSink sink) throws InterruptedException {
        run(count, Prelude.NONE, task, sink);
    }

    /**
     * Runs every task, or until stopped, and returns when all workers have ended. A task or
     * prelude that throws is a bug: the other workers stop, and it is thrown here.
     */
    void run(long count, Prelude prelude, Task task, RowSink sink) throws InterruptedException {
        int started = (int) Math.min(jobs, Math.max(1, count));
        Crew crew = new Crew(count, started, prelude, task, sink);
        List<Thread> threads = new ArrayList<>();
        try {
            for (int w = 0; w < started; w++) {
                int worker = w;
                Thread thread = new Thread(() -> crew.work(worker), "whatif-sweep-" + w);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        } catch (RuntimeException | Error e) { // no thread to be had: stop those started, which wait for the rest's preludes
            stop.now();
            sink.stop();
            crew.neverStarted(started - threads.size());
            throw e;
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
        Optional.ofNullable(crew.failure.get()).ifPresent(e -> {
            throw e;
        });
    }

    /** The workers of one {@link #run}: what they share while they take tasks. */
    private final class Crew {
        private final long count;
        private final int workers;
        private final Prelude prelude;
        private final Task task;
        private final RowSink sink;
        private final AtomicLong next = new AtomicLong();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final CountDownLatch preludesDone;

        Crew(long count, int workers, Prelude prelude, Task task, RowSink sink) {
            this.count = count;
            this.workers = workers;
            this.prelude = prelude;
            this.task = task;
            this.sink = sink;
            this.preludesDone = new CountDownLatch(workers);
        }

        /** Lets the started workers past the preludes of {@code workers} that will never run. */
        void neverStarted(int workers) {
            for (int w = 0; w < workers; w++) {
                preludesDone.countDown();
            }
        }

        void work(int worker) {
            boolean preluded = false;
            try (PointEvaluator evaluator = factory.newEvaluator()) {
                try {
                    prelude.run(evaluator, worker, workers, stop);
                } finally {
                    preluded = true;
                    preludesDone.countDown();
                }
                preludesDone.await();
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
            } finally {
                if (!preluded) { // no evaluator: the others must not wait for this worker's share
                    preludesDone.countDown();
                }
            }
        }
    }
}
