package whatif.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.run.ValueText;
import whatif.scenario.ScenarioParser;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.source.Span;
import whatif.verify.Axis;
import whatif.verify.GridEvaluator;

/**
 * Makes the README's envelope chart (docs/envelope.svg): the proposal of
 * scenarios/verify/a-deployed-ballistic-missile.yaml at every range and payload of a grid, on one
 * date in each of four versions of the guidelines, charted as one frontier per date around the
 * permitted points. A stand-in until `whatif sweep --chart` does the same from the command line:
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

    /** The grid's rows: range, payload, date, and the verdict's value and version at each point. */
    static Table table(String range, String payload, int jobs) throws IOException {
        Compilation compilation = RuleBookCompiler.compileFolder(Path.of("rules"));
        RuleBook book = compilation.ruleBook().orElseThrow(() -> new IllegalStateException("rules: " + compilation.diagnostics()));
        Scenario base = ScenarioParser.parse(Files.readString(SCENARIO), SCENARIO).scenarios().get(0);
        Span here = Span.wholeFile(SCENARIO);
        List<Axis> axes = List.of(new Axis("asOf", DATES, here), Axis.of("Proposal.rangeKm", range, here),
                Axis.of("Proposal.payloadKg", payload, here));
        List<List<String>> verdicts = new GridEvaluator(book, new ScenarioRunner(), jobs).evaluate(base, axes, EnvelopeFigure::verdict);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (String date : axes.get(0).values()) {
            for (String km : axes.get(1).values()) {
                for (String kg : axes.get(2).values()) {
                    List<String> verdict = verdicts.get(i++);
                    rows.add(Row.of(rows.size() + 2, List.of(km, kg, date, verdict.get(0), verdict.get(1))));
                }
            }
        }
        return new Table(SCENARIO, List.of(Column.of("Proposal.rangeKm", ColumnKind.NUMBER),
                Column.of("Proposal.payloadKg", ColumnKind.NUMBER), Column.of("asOf", ColumnKind.DATE),
                Column.of("Verdict.value", ColumnKind.TEXT), Column.of("Verdict.version", ColumnKind.TEXT)), rows);
    }

    private static List<String> verdict(Outcome outcome) {
        List<FactView> verdicts = outcome.factsOfType("Verdict");
        if (verdicts.size() != 1) {
            return List.of(outcome.status() + " with " + verdicts.size() + " verdicts", "");
        }
        return List.of(text(verdicts.get(0), "value"), text(verdicts.get(0), "version"));
    }

    private static String text(FactView fact, String field) {
        Object value = fact.values().get(field);
        return value == null ? "" : ValueText.of(value);
    }
}
