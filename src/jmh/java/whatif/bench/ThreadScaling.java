package whatif.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import whatif.rulebook.RuleBook;

/**
 * A diagnostic, not a benchmark: what a point costs in CPU on two threads against one, in one JVM,
 * one-thread and two-thread rounds taking turns. The machine's speed drifts by a fifth within an
 * hour, and JMH runs each benchmark in its own JVM minutes apart, so its "2 threads / 1" mixes
 * the drift into the answer; here both sides of each ratio are a few seconds apart, and each is
 * read from the worker threads' own CPU time (JIT and GC threads left out). Each worker keeps its
 * evaluation from round to round, as a sweep's workers keep their sessions.
 * <p>
 * {@code java -cp target/whatif-benchmarks.jar whatif.bench.ThreadScaling sweep|reused [--kiebase-per-thread] [--full-gc-each-cycle]}
 * ({@code sweep}: whatif's sweep path; {@code reused}: plain Drools, a reused session per thread).
 * With {@code --kiebase-per-thread} the second thread runs on a rule book compiled for it alone,
 * so the two share no part of the rule network. With {@code --full-gc-each-cycle} a full
 * collection before each cycle moves every object, so each cycle runs on another heap layout.
 */
public final class ThreadScaling {
    private static final int WARM_UP_CYCLES = 6;
    private static final int MEASURED_CYCLES = 8;
    /** Grids of 1,200 points per round: about a second of one thread's work. */
    private static final int GRIDS_PER_ROUND = 80;

    private static final String KIEBASE_PER_THREAD = "--kiebase-per-thread";
    private static final String FULL_GC_EACH_CYCLE = "--full-gc-each-cycle";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        if (args.length < 1 || !List.of("sweep", "reused").contains(args[0])
                || !List.of(KIEBASE_PER_THREAD, FULL_GC_EACH_CYCLE).containsAll(flags)) {
            System.err.println("usage: ThreadScaling sweep|reused [" + KIEBASE_PER_THREAD + "] [" + FULL_GC_EACH_CYCLE + "]");
            System.exit(2);
        }
        boolean fullGcEachCycle = flags.contains(FULL_GC_EACH_CYCLE);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Function<RuleBook, PointEvaluation> evaluations = args[0].equals("sweep") ? SweepEvaluation::new
                : book -> new ReusedSessionEvaluation(book.kieBase());
        RuleBook first = BenchInputs.ruleBook();
        RuleBook second = flags.contains(KIEBASE_PER_THREAD) ? BenchInputs.ruleBook() : first;
        System.out.printf("# %s, %s: one-thread and two-thread rounds of %,d points, taking turns in one JVM%n",
                args[0].equals("sweep") ? "whatif's sweep path" : "plain Drools, a reused session per thread",
                second == first ? "one rule book shared by both threads" : "a rule book compiled for each thread",
                GRIDS_PER_ROUND * Point.grid().size());
        System.out.println("cycle  1 thread, points/CPU-s  2 threads, points/CPU-s  CPU per point, 2/1  wall speed-up");
        List<Double> cpuRatios = new ArrayList<>();
        List<Double> speedUps = new ArrayList<>();
        // Worker i always runs on thread i, and makes its evaluation there, once.
        List<ExecutorService> threads = List.of(Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor());
        PointEvaluation[] kept = new PointEvaluation[2];
        Function<Integer, PointEvaluation> evaluationOfWorker = worker -> {
            if (kept[worker] == null) {
                kept[worker] = evaluations.apply(worker == 0 ? first : second);
            }
            return kept[worker];
        };
        try {
            for (int cycle = 1; cycle <= WARM_UP_CYCLES + MEASURED_CYCLES; cycle++) {
                if (fullGcEachCycle) {
                    System.gc(); // moves every object: a new heap layout for each cycle
                }
                Round one = round(threads, 1, evaluationOfWorker);
                Round two = round(threads, 2, evaluationOfWorker);
                boolean measured = cycle > WARM_UP_CYCLES;
                if (measured) {
                    cpuRatios.add(one.pointsPerCpuSecond() / two.pointsPerCpuSecond());
                    speedUps.add(one.seconds() / two.seconds());
                }
                System.out.printf(Locale.ROOT, "%5s  %23.0f  %24.0f  %18.2f  %13.2f%n", measured ? cycle : "(" + cycle + ")",
                        one.pointsPerCpuSecond(), two.pointsPerCpuSecond(), one.pointsPerCpuSecond() / two.pointsPerCpuSecond(),
                        one.seconds() / two.seconds());
            }
        } finally {
            for (int worker = 0; worker < 2; worker++) {
                PointEvaluation evaluation = kept[worker];
                if (evaluation != null) {
                    threads.get(worker).submit(evaluation::close).get(); // on the thread that made it
                }
                threads.get(worker).shutdownNow();
            }
        }
        System.out.printf(Locale.ROOT, "median of the %d measured cycles: a point costs %.2fx the CPU on two threads; two threads do %.2fx one%n",
                MEASURED_CYCLES, median(cpuRatios), median(speedUps));
    }

    private record Round(long points, long cpuNanos, long wallNanos) {
        double pointsPerCpuSecond() {
            return points / (cpuNanos / 1e9);
        }

        double seconds() {
            return wallNanos / 1e9;
        }
    }

    /** The same points on {@code threads} threads, each walking its share of the grids. */
    private static Round round(List<ExecutorService> workerThreads, int threads, Function<Integer, PointEvaluation> evaluationOfWorker)
            throws Exception {
        List<Point> grid = Point.grid();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Long>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(workerThreads.get(worker).submit(() -> {
                PointEvaluation evaluation = evaluationOfWorker.apply(worker);
                start.await();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                for (int g = 0; g < GRIDS_PER_ROUND / threads; g++) {
                    for (Point point : grid) {
                        evaluation.verdictAt(point);
                    }
                }
                return THREADS.getCurrentThreadCpuTime() - cpuBefore;
            }));
        }
        long cpu = 0;
        for (Future<Long> worker : workers) {
            cpu += worker.get();
        }
        return new Round((long) GRIDS_PER_ROUND / threads * threads * grid.size(), cpu, System.nanoTime() - began);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
