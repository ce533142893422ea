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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;
import whatif.rulebook.RuleBook;

/**
 * Points per second on the missile policy, one operation = one point: a {@code Proposal} on a
 * date, its {@code Verdict} read. whatif's runner and its sweep path (a prepared scenario, lean
 * evaluation) against the two fastest public forms of plain Drools over the same KieBase; {@link PointsOnOneThread} and {@link PointsOnTwoThreads} run
 * them. Drools' JIT warm-up takes about 5 s, hence four warm-up iterations of 2 s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class PointBenchmarks {

    @Benchmark
    public Object whatifRunner(Runner runner, Cursor cursor) {
        return runner.evaluation.verdictAt(cursor.next());
    }

    /**
     * Three JVMs, not one: each JVM settles early into its own heap layout, which moves a point's
     * cost by up to a third on one thread and more on two ({@link ThreadScaling} shows it), and
     * the target ratio is this benchmark's against {@link #droolsReusedSession}'s.
     */
    @Benchmark
    @Fork(value = 3, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
    public Object whatifSweep(Sweep sweep, Cursor cursor) {
        return sweep.evaluation.verdictAt(cursor.next());
    }

    @Benchmark
    public Object droolsPool(Pool pool, Cursor cursor) {
        return pool.evaluation.verdictAt(cursor.next());
    }

    /** Three JVMs, as {@link #whatifSweep}, its baseline. */
    @Benchmark
    @Fork(value = 3, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
    public Object droolsReusedSession(ReusedSession session, Cursor cursor) {
        return session.evaluation.verdictAt(cursor.next());
    }

    /** The compiled rule book, shared by every thread as whatif shares it. */
    @State(Scope.Benchmark)
    public static class Book {
        RuleBook ruleBook;

        @Setup(Level.Trial)
        public void compile() {
            ruleBook = BenchInputs.ruleBook();
        }
    }

    @State(Scope.Benchmark)
    public static class Runner {
        RunnerEvaluation evaluation;

        @Setup(Level.Trial)
        public void setUp(Book book) {
            evaluation = new RunnerEvaluation(book.ruleBook);
        }
    }

    /** One prepared scenario and evaluator per thread, as a sweep's workers have them. */
    @State(Scope.Thread)
    public static class Sweep {
        SweepEvaluation evaluation;

        @Setup(Level.Trial)
        public void setUp(Book book) {
            evaluation = new SweepEvaluation(book.ruleBook);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            evaluation.close();
        }
    }

    /** One pool for all threads, as large as their number. */
    @State(Scope.Benchmark)
    public static class Pool {
        PoolEvaluation evaluation;

        @Setup(Level.Trial)
        public void setUp(Book book, BenchmarkParams params) {
            evaluation = new PoolEvaluation(book.ruleBook.kieBase(), params.getThreads());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            evaluation.close();
        }
    }

    /** One session per thread. */
    @State(Scope.Thread)
    public static class ReusedSession {
        ReusedSessionEvaluation evaluation;

        @Setup(Level.Trial)
        public void setUp(Book book) {
            evaluation = new ReusedSessionEvaluation(book.ruleBook.kieBase());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            evaluation.close();
        }
    }

    /** Each thread walks the grid from its own share of it, round and round. */
    @State(Scope.Thread)
    public static class Cursor {
        private final List<Point> grid = Point.grid();
        private int next;

        @Setup(Level.Trial)
        public void start(ThreadParams thread) {
            next = thread.getThreadIndex() * grid.size() / thread.getThreadCount();
        }

        Point next() {
            Point point = grid.get(next);
            next = (next + 1) % grid.size();
            return point;
        }
    }
}
