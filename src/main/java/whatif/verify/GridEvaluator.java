package whatif.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import whatif.rulebook.RuleBook;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;

/**
 * Runs a scenario at every point of a grid over one compiled rule book, on several threads, and
 * keeps what {@code reading} takes from each outcome, in grid order: the same grid gives the same
 * list on any number of threads. Each point is a scenario of its own, run as {@code run} runs one.
 */
public final class GridEvaluator {
    /** Points a grid may have: each keeps its reading until the end. */
    public static final long MAX_POINTS = 2_000_000;
    private static final int CHUNK = 256;

    private final RuleBook book;
    private final ScenarioRunner runner;
    private final int jobs;

    public GridEvaluator(RuleBook book, ScenarioRunner runner, int jobs) {
        this.book = book;
        this.runner = runner;
        this.jobs = Math.max(1, jobs);
    }

    /** What {@code reading} makes of the outcome at each point of {@code axes}, varied from {@code base}. */
    public <T> List<T> evaluate(Scenario base, List<Axis> axes, Function<Outcome, T> reading) {
        Grid grid = new Grid(axes);
        long size = grid.size();
        if (size > MAX_POINTS) {
            throw new IllegalArgumentException(size + " points, more than " + MAX_POINTS);
        }
        PointScenarios points = new PointScenarios(base, axes);
        Object[] readings = new Object[(int) size];
        ExecutorService workers = Executors.newFixedThreadPool(jobs, r -> {
            Thread thread = new Thread(r, "whatif-grid");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (long start = 0; start < size; start += CHUNK) {
                long from = start;
                long to = Math.min(size, start + CHUNK);
                chunks.add(workers.submit(() -> {
                    for (long i = from; i < to; i++) {
                        Scenario point = points.at(grid.values(i), base.name() + " at " + grid.values(i));
                        readings[(int) i] = reading.apply(runner.run(book, point));
                    }
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating the grid", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a point of the grid failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(readings);
        return list;
    }
}
