package whatif.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * The benchmarks' medians in one table, one row per kind of work, one column per thread count,
 * and the ratios that answer the questions: how far whatif is from plain Drools, and how well
 * each scales to two threads. Ratios come from one run: compare them, not rates across runs.
 */
final class SummaryTable {
    private final Collection<RunResult> results;

    SummaryTable(Collection<RunResult> results) {
        this.results = results;
    }

    void print(PrintStream out) {
        out.println();
        out.println("whatif benchmarks: median ops/s of the measured iterations, [min-max]");
        out.printf(Locale.ROOT, "%-42s %-30s %-30s %s%n", "", "1 thread", "2 threads", "2 threads / 1");
        row(out, "scenarios/s, the scenarios/ suite", "SuiteBenchmark.scenarios", "SuiteBenchmark.scenariosOnTwoThreads");
        row(out, "points/s, whatif's ScenarioRunner", "PointsOnOneThread.whatifRunner", "PointsOnTwoThreads.whatifRunner");
        row(out, "points/s, plain Drools, session pool", "PointsOnOneThread.droolsPool", "PointsOnTwoThreads.droolsPool");
        row(out, "points/s, plain Drools, reused session", "PointsOnOneThread.droolsReusedSession",
                "PointsOnTwoThreads.droolsReusedSession");
        ratio(out, "whatif / session pool", "whatifRunner", "droolsPool");
        ratio(out, "whatif / reused session", "whatifRunner", "droolsReusedSession");
    }

    private void row(PrintStream out, String label, String oneThread, String twoThreads) {
        Optional<Statistics> one = statistics(oneThread);
        Optional<Statistics> two = statistics(twoThreads);
        if (one.isEmpty() && two.isEmpty()) {
            return;
        }
        String scaling = one.isPresent() && two.isPresent()
                ? String.format(Locale.ROOT, "%.2f", median(two.get()) / median(one.get())) : "-";
        out.printf(Locale.ROOT, "%-42s %-30s %-30s %s%n", label, cell(one), cell(two), scaling);
    }

    private void ratio(PrintStream out, String label, String whatif, String baseline) {
        OptionalDouble one = quotient("PointsOnOneThread." + whatif, "PointsOnOneThread." + baseline);
        OptionalDouble two = quotient("PointsOnTwoThreads." + whatif, "PointsOnTwoThreads." + baseline);
        if (one.isPresent() || two.isPresent()) {
            out.printf(Locale.ROOT, "%-42s %-30s %-30s%n", label, text(one), text(two));
        }
    }

    private OptionalDouble quotient(String numerator, String denominator) {
        Optional<Statistics> top = statistics(numerator);
        Optional<Statistics> bottom = statistics(denominator);
        return top.isPresent() && bottom.isPresent()
                ? OptionalDouble.of(median(top.get()) / median(bottom.get())) : OptionalDouble.empty();
    }

    private Optional<Statistics> statistics(String benchmark) {
        return BenchMain.find(results, "." + benchmark).map(r -> r.getPrimaryResult().getStatistics());
    }

    private static double median(Statistics statistics) {
        return statistics.getPercentile(50);
    }

    private static String cell(Optional<Statistics> statistics) {
        return statistics.map(s -> String.format(Locale.ROOT, "%,.0f [%,.0f-%,.0f]", median(s), s.getMin(), s.getMax()))
                .orElse("-");
    }

    private static String text(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.3f", ratio.getAsDouble()) : "-";
    }
}
