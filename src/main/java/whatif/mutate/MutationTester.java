package whatif.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import whatif.rulebook.ClassLoaderWithMissCaching;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.rulebook.RuleSource;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;

/**
 * Runs the scenarios against each mutant, in this process, several mutants at a time. Each
 * mutant's rule book is compiled afresh from the changed files; its scenarios run one after the
 * other, those that fired the changed rule first, and stop at the first that does not pass.
 * Prints nothing; the results come back in the mutants' order, whatever finished first.
 */
public final class MutationTester {
    private final ScenarioRunner runner;
    private final int jobs;
    /** Drools resolves names through the thread's context class loader; one for all mutants. */
    private final ClassLoader classLoader;

    public MutationTester(RunOptions options, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.runner = new ScenarioRunner(options);
        this.jobs = jobs;
        this.classLoader = ClassLoaderWithMissCaching.forCurrentThread();
    }

    /** Every scenario against the rules as written. */
    public Baseline baseline(RuleBook book, List<Scenario> scenarios) throws InterruptedException {
        return new Baseline(inParallel(scenarios, scenario -> runner.run(book, scenario)));
    }

    public List<MutantResult> test(List<RuleSource> sources, Baseline baseline, List<Mutant> mutants) throws InterruptedException {
        return inParallel(mutants, mutant -> test(sources, baseline, mutant));
    }

    private MutantResult test(List<RuleSource> sources, Baseline baseline, Mutant mutant) {
        List<Scenario> firing = baseline.firing(mutant.rule());
        boolean removal = mutant.kind() == MutationKind.RULE_REMOVED;
        if (removal && firing.isEmpty()) {
            // A rule that never fires changes nothing when it is gone: no need to compile or run.
            return MutantResult.survived(mutant, 0);
        }
        Compilation compiled;
        try {
            compiled = RuleBookCompiler.compile(mutant.applyTo(sources));
        } catch (RuntimeException e) {
            return MutantResult.notCompiled(mutant, "the compiler failed: " + e, firing.size());
        }
        if (compiled.ruleBook().isEmpty()) {
            String error = compiled.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                    .map(Diagnostic::oneLine).orElse("the rules do not compile");
            return MutantResult.notCompiled(mutant, error, firing.size());
        }
        // Without the rule, a scenario in which it never fired runs as before: only those in which
        // it fired can notice. A changed condition can make the rule fire anywhere: all of them run.
        List<Scenario> scenarios = removal ? firing : baseline.firingFirst(mutant.rule());
        for (Scenario scenario : scenarios) {
            Outcome outcome = runner.run(compiled.ruleBook().get(), scenario);
            if (!outcome.passed()) {
                return MutantResult.caught(mutant, scenario.name(), outcome.status().label(), firing.size());
            }
        }
        return MutantResult.survived(mutant, firing.size());
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "whatif-mutate");
            thread.setDaemon(true);
            thread.setContextClassLoader(classLoader);
            return thread;
        });
        try {
            List<Future<R>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : running) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("mutation testing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
