package whatif.chart;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.RunOptions;
import whatif.scenario.AxisRange;
import whatif.scenario.ObservedField;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.source.Diagnostic;
import whatif.source.Span;
import whatif.sweep.RowFormat;
import whatif.sweep.Sweep;
import whatif.sweep.SweepRequest;

/**
 * Makes the README's envelope chart (docs/envelope.svg): the proposal of
 * scenarios/verify/a-deployed-ballistic-missile.yaml at every range and payload of a grid, on one
 * date in each of four versions of the guidelines, charted as one frontier per date around the
 * permitted points, named by the version in force (a sweep's columns alone cannot name them so):
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=whatif.chart.EnvelopeFigure</pre>
 */
public final class EnvelopeFigure {
    static final Path SCENARIO = Path.of("scenarios/verify/a-deployed-ballistic-missile.yaml");
    static final String RANGE = "0..1000:10";
    static final String PAYLOAD = "0..2500:25";
    /** One date in each version whose ballistic limits the record gives: 1979, 2001, 2012, 2017. */
    static final List<String> DATES = List.of("1990-06-01", "2005-06-01", "2015-06-01", "2019-06-01");

    private EnvelopeFigure() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/envelope.svg");
        long start = System.nanoTime();
        List<Diagnostic> problems = Charts.write(out, spec(), table(RANGE, PAYLOAD, Runtime.getRuntime().availableProcessors()));
        problems.forEach(d -> System.err.println(d.oneLine()));
        System.out.printf("%s written in %.1f s%n", out, (System.nanoTime() - start) / 1e9);
        if (!problems.isEmpty()) {
            System.exit(2);
        }
    }

    static ChartSpec spec() {
        return ChartSpec.envelope("Proposal.rangeKm", "Proposal.payloadKg", "Verdict.value")
                .withSeries("asOf").withSeriesLabel("Verdict.version").withOutcome("PERMITTED")
                .withTitle("Ballistic missiles permitted by each version of the guidelines");
    }

    /**
     * The grid's rows, swept as {@code whatif sweep} sweeps them: date, range and payload, and the
     * verdict's value and version at each point.
     */
    static Table table(String range, String payload, int jobs) throws IOException {
        Compilation compilation = RuleBookCompiler.compileFolder(Path.of("rules"));
        RuleBook book = compilation.ruleBook().orElseThrow(() -> new IllegalStateException("rules: " + compilation.diagnostics()));
        Scenario base = ScenarioParser.parse(Files.readString(SCENARIO), SCENARIO).scenarios().get(0);
        Span here = Span.wholeFile(SCENARIO);
        List<SweepAxis> axes = new ArrayList<>(List.of(new SweepAxis(Optional.empty(), new AxisRange.Listed(DATES), here)));
        try {
            axes.add(SweepSyntax.axis(Scalar.of("Proposal.rangeKm=" + range, here)));
            axes.add(SweepSyntax.axis(Scalar.of("Proposal.payloadKg=" + payload, here)));
            List<ObservedField> observed = List.of(SweepSyntax.observed(Scalar.of("Verdict.value", here)),
                    SweepSyntax.observed(Scalar.of("Verdict.version", here)));
            Sweep sweep = Sweep.prepare(book, base, new SweepRequest(axes, observed, Optional.empty(), false), RunOptions.defaults())
                    .sweep().orElseThrow();
            StringWriter rows = new StringWriter();
            sweep.run(rows, RowFormat.CSV, jobs);
            TableFile table = TableFile.csv(SCENARIO, new StringReader(rows.toString()));
            return table.table();
        } catch (SweepSyntax.BadText e) {
            throw new IllegalStateException(e.diagnostic().oneLine(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
