package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.RunOptions;
import whatif.scenario.AxisRange;
import whatif.scenario.ObservedField;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.source.Diagnostic;
import whatif.source.Span;

/** Sweeps of a toy toll (fixtures/sweep), through the real runner and Drools. */
class SweepTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/sweep");
    private static final Path ELSEWHERE = Path.of("<command line>");
    private static RuleBook book;
    private static Scenario crossing;
    private static Scenario twoCrossings;

    @BeforeAll
    static void compile() {
        book = RuleBookCompiler.compileFolder(FIXTURE.resolve("rules")).ruleBook().orElseThrow();
        crossing = scenario("crossing.yaml");
        twoCrossings = scenario("two-crossings.yaml");
    }

    private static Scenario scenario(String file) {
        return ScenarioFiles.read(List.of(FIXTURE.resolve("scenarios").resolve(file))).scenarios().get(0);
    }

    private static SweepAxis axis(String text) throws SweepSyntax.BadText {
        return SweepSyntax.axis(Scalar.of(text, Span.wholeFile(ELSEWHERE)));
    }

    private static ObservedField observed(String text) throws SweepSyntax.BadText {
        return SweepSyntax.observed(Scalar.of(text, Span.wholeFile(ELSEWHERE)));
    }

    private static Sweep.Preparation prepare(Scenario scenario, List<String> vary, List<String> observe,
                                             Optional<String> boundary, boolean adaptive) throws SweepSyntax.BadText {
        List<SweepAxis> axes = new java.util.ArrayList<>();
        for (String v : vary) {
            axes.add(axis(v));
        }
        List<ObservedField> fields = new java.util.ArrayList<>();
        for (String o : observe) {
            fields.add(observed(o));
        }
        return Sweep.prepare(book, scenario, new SweepRequest(axes, fields, boundary, adaptive), RunOptions.defaults());
    }

    private static Sweep sweep(List<String> vary, List<String> observe) throws SweepSyntax.BadText {
        Sweep.Preparation prepared = prepare(crossing, vary, observe, Optional.empty(), false);
        assertThat(prepared.diagnostics()).isEmpty();
        return prepared.sweep().orElseThrow();
    }

    private static String run(Sweep sweep, RowFormat format, int jobs) throws InterruptedException {
        StringWriter out = new StringWriter();
        sweep.run(out, format, jobs);
        return out.toString();
    }

    @Test
    void everyPointIsARowInGridOrder() throws Exception {
        Sweep sweep = sweep(List.of("Crossing.weightT=0..15:5", "asOf=2020-03-01..2020-04-01:1m"), List.of("Charge.band", "Charge.amount"));

        assertThat(run(sweep, RowFormat.CSV, 2)).isEqualTo("""
                Crossing.weightT,asOf,Charge.band,Charge.amount,error
                0,2020-03-01,FREE,0,
                0,2020-04-01,FREE,0,
                5,2020-03-01,LOW,5,
                5,2020-04-01,LOW,7,
                10,2020-03-01,LOW,5,
                10,2020-04-01,LOW,7,
                15,2020-03-01,HIGH,20,
                15,2020-04-01,HIGH,20,
                """);
    }

    @Test
    void severalFactsOfATypeGiveTheirValuesSortedAndJoined() throws Exception {
        Sweep sweep = sweep(List.of("Crossing.lengthM=18.5..19:0.5"), List.of("Charge.band", "Charge.amount", "status", "facts"));

        assertThat(run(sweep, RowFormat.CSV, 1)).isEqualTo("""
                Crossing.lengthM,Charge.band,Charge.amount,status,facts,error
                18.5,LOW,5,passed,Charge:1,
                19.0,LONG|LOW,10|5,passed,Charge:2,
                """);
    }

    @Test
    void aPointWhoseRuleThrowsIsARowWithItsErrorAndTheSweepGoesOn() throws Exception {
        Sweep sweep = sweep(List.of("Crossing.weightT=98..100:1"), List.of("Charge.band"));
        StringWriter out = new StringWriter();

        SweepResult result = sweep.run(out, RowFormat.JSONL, 2);

        assertThat(out.toString().lines().toList()).hasSize(3);
        assertThat(out.toString().lines().toList().get(0)).isEqualTo("{\"Crossing.weightT\":98,\"Charge.band\":\"FREE\",\"error\":null}");
        assertThat(out.toString().lines().toList().get(1)).startsWith("{\"Crossing.weightT\":99,\"Charge.band\":\"\",\"error\":\"")
                .contains("the scale breaks at 99 t").contains("the scale cannot weigh 99 t");
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.rows()).isEqualTo(3);
    }

    @Test
    void oneThreadAndFourGiveTheSameBytes() throws Exception {
        Sweep sweep = sweep(List.of("Crossing.weightT=0..100:1", "Crossing.lengthM=18..19.5:0.5"), List.of("Charge.band", "Charge.amount"));

        String one = run(sweep, RowFormat.CSV, 1);
        String four = run(sweep, RowFormat.CSV, 4);

        assertThat(one.lines()).hasSize(1 + 101 * 4);
        assertThat(four).isEqualTo(one);
        assertThat(run(sweep, RowFormat.JSONL, 4)).isEqualTo(run(sweep, RowFormat.JSONL, 1));
    }

    @Test
    void boundariesAreFoundForEveryPointOfTheOtherAxes() throws Exception {
        Sweep.Preparation prepared = prepare(crossing, List.of("asOf=2019-01-01..2021-01-01:1y", "Crossing.weightT=0..60:5"),
                List.of("Charge.band"), Optional.of("Crossing.weightT"), false);
        StringWriter out = new StringWriter();

        prepared.sweep().orElseThrow().run(out, RowFormat.CSV, 2);

        assertThat(out.toString()).isEqualTo("""
                asOf,before:Crossing.weightT,before:Charge.band,before:error,after:Crossing.weightT,after:Charge.band,after:error
                2019-01-01,1,FREE,,2,LOW,
                2019-01-01,12,LOW,,13,HIGH,
                2019-01-01,39,HIGH,,40,FREE,
                2020-01-01,1,FREE,,2,LOW,
                2020-01-01,12,LOW,,13,HIGH,
                2020-01-01,39,HIGH,,40,FREE,
                2021-01-01,1,FREE,,2,LOW,
                2021-01-01,12,LOW,,13,HIGH,
                2021-01-01,39,HIGH,,40,FREE,
                """);
    }

    @Test
    void aDateBoundaryIsFoundToTheDayAndADecimalOneToTheStep() throws Exception {
        StringWriter dates = new StringWriter();
        prepare(crossing, List.of("asOf=2019-01-01..2021-01-01:1m"), List.of("Charge.amount"), Optional.of("asOf"), false)
                .sweep().orElseThrow().run(dates, RowFormat.CSV, 2);
        StringWriter lengths = new StringWriter();
        prepare(crossing, List.of("Crossing.lengthM=18..19.5:0.25"), List.of("Charge.band"), Optional.of("Crossing.lengthM"), false)
                .sweep().orElseThrow().run(lengths, RowFormat.CSV, 1);

        assertThat(dates.toString().lines().skip(1)).containsExactly("2020-03-14,5,,2020-03-15,7,");
        assertThat(lengths.toString().lines().skip(1)).containsExactly("18.75,LOW,,19.00,LONG|LOW,");
    }

    @Test
    void aSelectorPicksOneOfSeveralGivenFactsOfAType() throws Exception {
        Sweep.Preparation prepared = prepare(twoCrossings, List.of("Crossing[id=b].weightT=40..45:5"), List.of("Charge.band"),
                Optional.empty(), false);
        StringWriter out = new StringWriter();

        prepared.sweep().orElseThrow().run(out, RowFormat.CSV, 1);

        assertThat(out.toString()).isEqualTo("Crossing[id=b].weightT,Charge.band,error\n40,FREE|LOW,\n45,FREE|LOW,\n");
    }

    @Test
    void anAxisThatSelectsSeveralFactsIsReportedAtThemWithHowToTellThemApart() throws Exception {
        Sweep.Preparation prepared = prepare(twoCrossings, List.of("Crossing.weightT=0..10:5"), List.of(), Optional.empty(), false);

        assertThat(prepared.sweep()).isEmpty();
        assertThat(prepared.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                FIXTURE.resolve("scenarios/two-crossings.yaml") + ":4:5: error[WI0215]: `Crossing.weightT` selects 2 given `Crossing` facts"
                        + " (expected one; they are written at lines 4, 5); hint: tell them apart with a selector, as `Crossing[id=VALUE].weightT`");
    }

    @Test
    void unknownTypesAndFieldsAreReportedWithTheNearestName() throws Exception {
        Sweep.Preparation prepared = prepare(crossing, List.of("Crosing.weightT=0..10:5", "Crossing.weight=0..10:5"),
                List.of("Charge.bnd", "Charg.band"), Optional.empty(), false);

        assertThat(prepared.diagnostics()).extracting(d -> d.code() + " " + d.message() + "; " + d.hint()).containsExactly(
                "WI0215 no given fact of type `Crosing` to vary; did you mean `Crossing`?",
                "WI0207 unknown field `weight` in `Crossing`; did you mean `weightT`?",
                "WI0207 unknown field `bnd` in `Charge`; did you mean `band`?",
                "WI0206 unknown type `Charg` in `observe`; did you mean `Charge`?");
        assertThat(prepared.diagnostics()).allSatisfy(d -> assertThat(d.span().file()).isEqualTo(crossing.file()));
    }

    @Test
    void aRangeTheFieldCannotTakeIsRefused() throws Exception {
        Sweep.Preparation prepared = prepare(crossing, List.of("Crossing.weightT=0..10:0.5", "asOf=1..3:1"), List.of(), Optional.empty(), false);

        assertThat(prepared.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "`Crossing.weightT` takes a whole number, and the range gives decimals",
                "`asOf` is varied over numbers");
    }

    @Test
    void aListedAxisRunsItsValuesInOrderAndIsRefusedWhereAValueDoesNotFit() throws Exception {
        Span here = Span.wholeFile(ELSEWHERE);
        SweepAxis weights = new SweepAxis(axis("Crossing.weightT=0..1:1").field(), new AxisRange.Listed(List.of("15", "0")), here);
        SweepAxis halves = new SweepAxis(weights.field(), new AxisRange.Listed(List.of("1", "2.5")), here);
        SweepAxis dates = new SweepAxis(Optional.empty(), new AxisRange.Listed(List.of("2020-03-01", "soon")), here);

        Sweep listed = Sweep.prepare(book, crossing, new SweepRequest(List.of(weights), List.of(observed("Charge.band")),
                Optional.empty(), false), RunOptions.defaults()).sweep().orElseThrow();
        Sweep.Preparation refused = Sweep.prepare(book, crossing, new SweepRequest(List.of(halves, dates), List.of(),
                Optional.empty(), false), RunOptions.defaults());

        assertThat(run(listed, RowFormat.CSV, 1).lines().map(l -> l.substring(0, l.indexOf(',')))).containsExactly("Crossing.weightT", "15", "0");
        assertThat(refused.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "`Crossing.weightT` takes a whole number, and the list gives values that do not all fit it",
                "`asOf` is varied over values that are not all dates");
    }

    @Test
    void theDeclaredSweepRuns() throws Exception {
        Sweep.Preparation prepared = Sweep.prepare(book, crossing, SweepRequest.of(crossing.sweep().orElseThrow()), RunOptions.defaults());
        StringWriter out = new StringWriter();

        prepared.sweep().orElseThrow().run(out, RowFormat.CSV, 2);

        assertThat(out.toString().lines().skip(1)).containsExactly("1,FREE,,2,LOW,", "12,LOW,,13,HIGH,", "39,HIGH,,40,FREE,");
    }

    @Test
    void adaptiveGivesTheFullGridsRowsOnTheRules() throws Exception {
        List<String> vary = List.of("Crossing.weightT=0..60:1", "Crossing.lengthM=10..25:0.25");
        Sweep full = sweep(vary, List.of("Charge.band"));
        Sweep adaptive = prepare(crossing, vary, List.of("Charge.band"), Optional.empty(), true).sweep().orElseThrow();
        StringWriter out = new StringWriter();

        SweepResult result = adaptive.run(out, RowFormat.CSV, 2);

        assertThat(out.toString()).isEqualTo(run(full, RowFormat.CSV, 2));
        assertThat(result.evaluations()).isLessThan(result.points() / 3);
    }
}
