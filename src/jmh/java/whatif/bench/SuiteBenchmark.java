package whatif.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import whatif.rulebook.RuleBook;
import whatif.run.ScenarioRunner;
import whatif.run.Status;
import whatif.scenario.Scenario;

/**
 * Scenarios per second for the whole {@code scenarios/} suite through {@link ScenarioRunner}, as
 * {@code whatif run} runs it: one operation = one scenario, each thread cycling through the suite.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class SuiteBenchmark {

    @Benchmark
    @Threads(1)
    public Status scenarios(Suite suite, SuiteCursor cursor) {
        return suite.runner.run(suite.ruleBook, cursor.next(suite.scenarios)).status();
    }

    @Benchmark
    @Threads(2)
    @Warmup(iterations = 8, time = 2) // the JIT has no free core: see PointsOnTwoThreads
    public Status scenariosOnTwoThreads(Suite suite, SuiteCursor cursor) {
        return suite.runner.run(suite.ruleBook, cursor.next(suite.scenarios)).status();
    }

    @State(Scope.Benchmark)
    public static class Suite {
        RuleBook ruleBook;
        List<Scenario> scenarios;
        final ScenarioRunner runner = new ScenarioRunner();

        @Setup(Level.Trial)
        public void read() {
            ruleBook = BenchInputs.ruleBook();
            scenarios = BenchInputs.scenarios();
        }
    }

    /** Each thread cycles through the suite from its own share of it. */
    @State(Scope.Thread)
    public static class SuiteCursor {
        private int size;
        private int next;

        @Setup(Level.Trial)
        public void start(Suite suite, ThreadParams thread) {
            size = suite.scenarios.size();
            next = thread.getThreadIndex() * size / thread.getThreadCount();
        }

        Scenario next(List<Scenario> scenarios) {
            Scenario scenario = scenarios.get(next);
            next = (next + 1) % size;
            return scenario;
        }
    }
}
