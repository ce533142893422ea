package whatif.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import whatif.rulebook.RuleBook;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;

/**
 * Runs scenarios on a fixed set of threads kept for the whole loop, so that a pass starts no
 * thread of its own. The outcomes come back in input order, as with one thread.
 */
public final class ParallelScenarioRunner implements ScenarioBatchRunner, AutoCloseable {
    private final ScenarioRunner runner;
    private final ExecutorService pool;

    public ParallelScenarioRunner(ScenarioRunner runner, int threads) {
        this.runner = runner;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "whatif-watch-run");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public List<Outcome> runAll(RuleBook book, List<Scenario> scenarios) {
        List<Future<Outcome>> running = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            running.add(pool.submit(() -> runner.run(book, scenario)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<Outcome> future : running) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scenarios ran", e);
        } catch (ExecutionException e) {
            // The runner turns whatever the rules do into an outcome: anything else is whatif's own bug.
            throw new IllegalStateException("a scenario's run failed: " + e.getCause(), e.getCause());
        }
        return outcomes;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
