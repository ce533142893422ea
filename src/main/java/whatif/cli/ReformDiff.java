package whatif.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import whatif.diff.Delta;
import whatif.diff.Differ;
import whatif.report.DiffReport;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleInfo;
import whatif.run.RunOptions;
import whatif.scenario.Scenario;

/**
 * {@code whatif diff --against-rules DRAFT}: every scenario is run under today's rule book and
 * under the draft, and compared; a scenario whose outcome did not move is counted, not shown.
 */
final class ReformDiff {
    static final String BEFORE = "today's rules";
    static final String AFTER = "the draft";
    private final int jobs;

    ReformDiff(int jobs) {
        this.jobs = jobs;
    }

    DiffReport compare(Inputs inputs, RuleBook today, RuleBook draft, RunOptions options)
            throws InterruptedException, ExecutionException {
        List<Delta> deltas = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Delta>> running = new ArrayList<>();
            for (Scenario scenario : inputs.scenarios()) {
                running.add(pool.submit(() -> Differ.run(today, scenario, draft, scenario, options)));
            }
            for (Future<Delta> delta : running) {
                deltas.add(delta.get()); // in input order, whatever finished first
            }
        } finally {
            pool.shutdownNow();
        }
        return new DiffReport(DiffReport.Kind.REFORM, BEFORE, AFTER, inputs.diagnostics(), deltas,
                onlyIn(today, draft), onlyIn(draft, today), inputs.rejected().size(), true);
    }

    /** The names of the rules {@code these} has and {@code those} has not, in their order. */
    private static List<String> onlyIn(RuleBook these, RuleBook those) {
        return these.rules().stream().map(RuleInfo::name).filter(name -> those.rule(name).isEmpty()).toList();
    }
}
