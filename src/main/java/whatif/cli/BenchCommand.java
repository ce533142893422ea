package whatif.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.report.DiagnosticRenderer;
import whatif.report.SourceLines;
import whatif.rulebook.RuleBook;
import whatif.run.PlainDroolsBaseline;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how many scenarios a second whatif runs, against plain Drools doing the",
            "same inserts and firings over the same rule book, in the same process."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif bench                    all scenarios, 5 s warm-up, 5 rounds of 2 s",
            "  whatif bench --rounds 10 --round-seconds 1 scenarios/versions",
            "",
            "The figures are medians over the rounds; compare the ratio, not the rates, across",
            "machines. Exit codes as for `run` (2 when the inputs are not understood)."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioPaths scenarioPaths;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "5", description = "JIT warm-up before measuring (default: ${DEFAULT-VALUE})")
    double warmupSeconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--round-seconds", paramLabel = "S", defaultValue = "2", description = "length of a round (default: ${DEFAULT-VALUE})")
    double roundSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = Inputs.load(common.rules, scenarioPaths.orDefault(), null);
        if (!inputs.diagnostics().isEmpty() || inputs.ruleBook().isEmpty() || inputs.scenarios().isEmpty()) {
            DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
            inputs.diagnostics().forEach(d -> renderer.render(d, out));
            out.println("nothing to measure: fix the input first");
            out.flush();
            return ExitCode.INPUT;
        }
        RuleBook book = inputs.ruleBook().get();
        List<Scenario> scenarios = inputs.scenarios();
        List<PlainDroolsBaseline> baselines = scenarios.stream()
                .flatMap(s -> PlainDroolsBaseline.of(book, s).stream()).toList();
        ScenarioRunner runner = new ScenarioRunner();
        IntSupplier whatif = cycling(scenarios.size(), i -> runner.run(book, scenarios.get(i)).firings().size());
        IntSupplier plain = cycling(baselines.size(), i -> baselines.get(i).run());

        measure(whatif, warmupSeconds);
        measure(plain, warmupSeconds);
        List<Double> whatifRates = new ArrayList<>();
        List<Double> plainRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            whatifRates.add(measure(whatif, roundSeconds));
            plainRates.add(measure(plain, roundSeconds));
        }
        double whatifMedian = median(whatifRates);
        double plainMedian = median(plainRates);
        out.println(String.format(Locale.ROOT, "%d scenarios, %d rules; median of %d rounds of %.1f s after %.1f s warm-up",
                scenarios.size(), book.rules().size(), rounds, roundSeconds, warmupSeconds));
        out.println(String.format(Locale.ROOT, "whatif        %,12.0f scenarios/s", whatifMedian));
        out.println(String.format(Locale.ROOT, "plain Drools  %,12.0f scenarios/s", plainMedian));
        out.println(String.format(Locale.ROOT, "ratio         %12.2f (whatif / plain Drools)", whatifMedian / plainMedian));
        out.flush();
        return ExitCode.OK;
    }

    private static IntSupplier cycling(int size, java.util.function.IntUnaryOperator work) {
        int[] next = {0};
        return () -> {
            int result = work.applyAsInt(next[0]);
            next[0] = (next[0] + 1) % size;
            return result;
        };
    }

    /** Runs {@code work} for about {@code seconds}; returns runs per second. */
    private static double measure(IntSupplier work, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long runs = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            sink += work.getAsInt();
            runs++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return sink == Long.MIN_VALUE ? 0 : runs / elapsed;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
