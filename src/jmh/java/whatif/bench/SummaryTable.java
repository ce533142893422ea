package whatif.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * The run in one table: for each kind of work the median rate on 1 and 2 threads (wall clock,
 * and per CPU-second of the JVM), how it scales, and whatif's rate as a share of each plain
 * Drools baseline. Every ratio comes from this one run: compare ratios, not rates across runs.
 */
final class SummaryTable {
    private static final String FORMAT = "%-40s %-26s %-26s %s%n";

    /** A kind of work, measured by one benchmark method on 1 thread and one on 2. */
    private record Row(String label, String oneThread, String twoThreads) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("control: arithmetic", "ControlBenchmark.arithmetic", "ControlBenchmark.arithmeticOnTwoThreads"),
            new Row("control: allocation", "ControlBenchmark.allocation", "ControlBenchmark.allocationOnTwoThreads"),
            new Row("scenarios: the scenarios/ suite", "SuiteBenchmark.scenarios", "SuiteBenchmark.scenariosOnTwoThreads"),
            new Row("points: whatif's ScenarioRunner", "PointsOnOneThread.whatifRunner", "PointsOnTwoThreads.whatifRunner"),
            new Row("points: whatif's sweep path (lean)", "PointsOnOneThread.whatifSweep", "PointsOnTwoThreads.whatifSweep"),
            new Row("points: plain Drools, session pool", "PointsOnOneThread.droolsPool", "PointsOnTwoThreads.droolsPool"),
            new Row("points: plain Drools, reused session", "PointsOnOneThread.droolsReusedSession",
                    "PointsOnTwoThreads.droolsReusedSession"),
            new Row("experiment: reused session, own KieBase", "KieBasePerThreadExperiment.reusedSession",
                    "KieBasePerThreadExperiment.reusedSessionOnTwoThreads"));

    private final Collection<RunResult> results;

    SummaryTable(Collection<RunResult> results) {
        this.results = results;
    }

    void print(PrintStream out) {
        out.println();
        out.println("whatif benchmarks: medians of the measured iterations [min-max]");
        out.println();
        section(out, "ops/s (wall clock)", r -> Optional.of(r.getPrimaryResult()));
        out.println();
        section(out, "ops per CPU-second of the JVM", r -> secondary(r, CpuTimeProfiler.OPS_PER_CPU_SECOND));
        out.println();
        section(out, "cores the JVM kept busy", r -> secondary(r, CpuTimeProfiler.CORES_BUSY));
        out.println();
        out.printf(Locale.ROOT, FORMAT, "whatif's rate / plain Drools' rate", "1 thread (wall; cpu)", "2 threads (wall; cpu)", "");
        share(out, "points: runner / session pool", "whatifRunner", "droolsPool");
        share(out, "points: runner / reused session", "whatifRunner", "droolsReusedSession");
        share(out, "points: sweep / session pool", "whatifSweep", "droolsPool");
        share(out, "points: sweep / reused session", "whatifSweep", "droolsReusedSession");
    }

    private void section(PrintStream out, String title, Function<RunResult, Optional<Result>> figure) {
        out.printf(Locale.ROOT, FORMAT, title, "1 thread", "2 threads", "2 threads / 1");
        for (Row row : ROWS) {
            Optional<Statistics> one = statistics(row.oneThread(), figure);
            Optional<Statistics> two = statistics(row.twoThreads(), figure);
            if (one.isPresent() || two.isPresent()) {
                String scaling = one.isPresent() && two.isPresent()
                        ? String.format(Locale.ROOT, "%.2f", median(two.get()) / median(one.get())) : "-";
                out.printf(Locale.ROOT, FORMAT, "  " + row.label(), cell(one), cell(two), scaling);
            }
        }
    }

    private void share(PrintStream out, String label, String whatif, String baseline) {
        String one = shares("PointsOnOneThread.", whatif, baseline);
        String two = shares("PointsOnTwoThreads.", whatif, baseline);
        if (!one.equals("-") || !two.equals("-")) {
            out.printf(Locale.ROOT, FORMAT, "  " + label, one, two, "");
        }
    }

    private String shares(String threads, String whatif, String baseline) {
        Function<RunResult, Optional<Result>> wall = r -> Optional.of(r.getPrimaryResult());
        Function<RunResult, Optional<Result>> cpu = r -> secondary(r, CpuTimeProfiler.OPS_PER_CPU_SECOND);
        Optional<Double> byWall = quotient(threads + whatif, threads + baseline, wall);
        Optional<Double> byCpu = quotient(threads + whatif, threads + baseline, cpu);
        if (byWall.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f; %s", byWall.get(),
                byCpu.map(q -> String.format(Locale.ROOT, "%.3f", q)).orElse("-"));
    }

    private Optional<Double> quotient(String numerator, String denominator, Function<RunResult, Optional<Result>> figure) {
        Optional<Statistics> top = statistics(numerator, figure);
        Optional<Statistics> bottom = statistics(denominator, figure);
        return top.isPresent() && bottom.isPresent() ? Optional.of(median(top.get()) / median(bottom.get())) : Optional.empty();
    }

    private Optional<Statistics> statistics(String benchmark, Function<RunResult, Optional<Result>> figure) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)).findFirst()
                .flatMap(figure).map(Result::getStatistics);
    }

    private static Optional<Result> secondary(RunResult result, String name) {
        return Optional.ofNullable(result.getSecondaryResults().get(name));
    }

    private static double median(Statistics statistics) {
        return statistics.getPercentile(50);
    }

    private static String cell(Optional<Statistics> statistics) {
        return statistics.map(s -> s.getMax() < 10
                        ? String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", median(s), s.getMin(), s.getMax())
                        : String.format(Locale.ROOT, "%,.0f [%,.0f-%,.0f]", median(s), s.getMin(), s.getMax()))
                .orElse("-");
    }
}
