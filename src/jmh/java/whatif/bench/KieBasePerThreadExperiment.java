package whatif.bench;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An experiment, run only when named ({@code java -jar target/whatif-benchmarks.jar KieBasePerThread}):
 * the reused-session baseline with a KieBase compiled for each thread, so that two threads share
 * no part of the rule network. Against {@code PointsOnTwoThreads.droolsReusedSession}, which shares
 * one KieBase, it tells whether what two threads lose is in the shared network or elsewhere
 * (the heap, the collector, the caches of the two cores).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class KieBasePerThreadExperiment {

    @Benchmark
    @Threads(1)
    public Object reusedSession(OwnKieBase own, PointBenchmarks.Cursor cursor) {
        return own.evaluation.verdictAt(cursor.next());
    }

    @Benchmark
    @Threads(2)
    @Warmup(iterations = 8, time = 2) // the JIT has no free core: see PointsOnTwoThreads
    public Object reusedSessionOnTwoThreads(OwnKieBase own, PointBenchmarks.Cursor cursor) {
        return own.evaluation.verdictAt(cursor.next());
    }

    /** A rule book compiled by and for one thread, and one session over it. */
    @State(Scope.Thread)
    public static class OwnKieBase {
        ReusedSessionEvaluation evaluation;

        @Setup(Level.Trial)
        public void setUp() {
            evaluation = new ReusedSessionEvaluation(BenchInputs.ruleBook().kieBase());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            evaluation.close();
        }
    }
}
