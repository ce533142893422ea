package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import whatif.source.Diagnostic;
import whatif.source.Span;

/** A scenario's {@code sweep:} and the text of axes and observed fields: pure, no rules. */
class SweepDeclarationTest {
    private static final Path FILE = Path.of("scenarios/x.yaml");
    private static final String SCENARIO = """
            name: a truck
            asOf: 2019-06-01
            given:
              - {type: Crossing, id: a, weightT: 10}
            expect:
              counts: {Charge: 1}
            """;

    private static SweepAxis axis(String text) throws SweepSyntax.BadText {
        return SweepSyntax.axis(Scalar.of(text, Span.of(FILE, 3, 5, text.length())));
    }

    private static Diagnostic badAxis(String text) {
        try {
            axis(text);
        } catch (SweepSyntax.BadText e) {
            return e.diagnostic();
        }
        throw new AssertionError("`" + text + "` was read as an axis");
    }

    @Test
    void aWholeRangeStaysWhole() throws Exception {
        SweepAxis axis = axis("Proposal.payloadKg=0..2000:100");

        assertThat(axis.name()).isEqualTo("Proposal.payloadKg");
        assertThat(axis.range()).isEqualTo(new AxisRange.Numbers(BigDecimal.ZERO, new BigDecimal(2000), new BigDecimal(100), true));
    }

    @Test
    void aDecimalAnywhereMakesTheRangeDecimal() throws Exception {
        assertThat(((AxisRange.Numbers) axis("Trip.lengthM=0..20:0.5").range()).whole()).isFalse();
        assertThat(((AxisRange.Numbers) axis("Trip.lengthM=0.0..20:1").range()).whole()).isFalse();
    }

    @Test
    void datesStepByDaysWeeksMonthsOrYears() throws Exception {
        SweepAxis axis = axis("asOf=2012-01-31..2013-01-31:1m");

        assertThat(axis.isAsOf()).isTrue();
        assertThat(axis.range()).isEqualTo(new AxisRange.Dates(LocalDate.of(2012, 1, 31), LocalDate.of(2013, 1, 31), Period.ofMonths(1)));
        assertThat(((AxisRange.Dates) axis("asOf=2012-01-01..2013-01-01:2w").range()).step()).isEqualTo(Period.ofWeeks(2));
    }

    @Test
    void aSelectorPicksOneOfSeveralFactsOfAType() throws Exception {
        SweepAxis axis = axis("Crossing[id=b].weightT=0..60:5");

        assertThat(axis.field()).contains(new FieldPath("Crossing", Optional.of(new FieldPath.Selector("id", "b")), "weightT"));
        assertThat(axis.name()).isEqualTo("Crossing[id=b].weightT");
    }

    @Test
    void badTextIsReportedUnderThePartThatIsWrong() {
        Diagnostic noRange = badAxis("Proposal.payloadKg");
        assertThat(noRange.code()).isEqualTo("WI0215");
        assertThat(noRange.message()).isEqualTo("`Proposal.payloadKg` is not an axis");

        Diagnostic step = badAxis("Proposal.payloadKg=0..2000:0");
        assertThat(step.message()).isEqualTo("the step `0` is not a positive number");
        assertThat(step.span().column()).isEqualTo(5 + "Proposal.payloadKg=0..2000:".length());

        Diagnostic dateStep = badAxis("asOf=2012-01-01..2013-01-01:1q");
        assertThat(dateStep.label()).contains("`1d`, `1w`, `1m`, `1y`");

        Diagnostic backwards = badAxis("Proposal.payloadKg=2000..0:10");
        assertThat(backwards.message()).isEqualTo("the range starts at 2000 and ends below it, at 0");

        Diagnostic mixed = badAxis("Proposal.payloadKg=0..2013-01-01:10");
        assertThat(mixed.message()).isEqualTo("`2013-01-01` is neither a number nor a date");
        assertThat(mixed.span().column()).isEqualTo(5 + "Proposal.payloadKg=0..".length());

        assertThat(badAxis("payloadKg=0..10:1").message()).isEqualTo("`payloadKg` names no field");
        assertThat(badAxis("Proposal[id].payloadKg=0..10:1").message()).isEqualTo("`[id]` is not a selector");
    }

    @Test
    void observedFieldsAreTypeFieldOrTheTwoOwnNames() throws Exception {
        ObservedField verdict = SweepSyntax.observed(Scalar.of("Verdict.value", Span.at(FILE, 1, 1)));
        ObservedField status = SweepSyntax.observed(Scalar.of("status", Span.at(FILE, 1, 1)));

        assertThat(verdict.path()).contains(new FieldPath("Verdict", Optional.empty(), "value"));
        assertThat(status.path()).isEmpty();
        assertThatThrownBy(() -> SweepSyntax.observed(Scalar.of("Verdict", Span.at(FILE, 1, 1))))
                .isInstanceOf(SweepSyntax.BadText.class).hasMessage("`Verdict` names no field");
    }

    @Test
    void aScenarioDeclaresItsSweep() {
        ParsedFile parsed = ScenarioParser.parse(SCENARIO + """
                sweep:
                  vary: ["Crossing.weightT=0..60:5", "asOf=2019-01-01..2021-01-01:1y"]
                  observe: [Charge.band, status]
                  findBoundary: Crossing.weightT
                  output: target/toll.csv
                """, FILE);

        assertThat(parsed.diagnostics()).isEmpty();
        SweepDeclaration sweep = parsed.scenarios().get(0).sweep().orElseThrow();
        assertThat(sweep.vary()).extracting(SweepAxis::name).containsExactly("Crossing.weightT", "asOf");
        assertThat(sweep.observe()).extracting(ObservedField::name).containsExactly("Charge.band", "status");
        assertThat(sweep.findBoundary()).map(Scalar::text).contains("Crossing.weightT");
        assertThat(sweep.output()).map(Scalar::text).contains("target/toll.csv");
        assertThat(sweep.adaptive()).isFalse();
    }

    @Test
    void everyProblemOfASweepIsReportedWhereItIsWritten() {
        ParsedFile parsed = ScenarioParser.parse(SCENARIO + """
                sweep:
                  vary: ["Crossing.weightT=0..60:-5"]
                  observ: [Charge.band]
                  findBoundary: Crossing.weight
                  adaptive: yes
                """, FILE);

        assertThat(parsed.scenarios()).isEmpty();
        assertThat(parsed.diagnostics()).extracting(Diagnostic::oneLine).containsExactlyInAnyOrder(
                "scenarios/x.yaml:9:3: error[WI0202]: unknown key `observ` in `sweep` (expected one of `vary`, `observe`, "
                        + "`findBoundary`, `adaptive`, `output`, `chart`); hint: did you mean `observe`?",
                "scenarios/x.yaml:8:34: error[WI0215]: the step `-5` is not a positive number (expected a number above 0); "
                        + "hint: as `0..2000:100`",
                "scenarios/x.yaml:11:13: error[WI0204]: `adaptive` is `yes` (expected `true` or `false`); "
                        + "hint: write `adaptive: true` to refine only the cells whose corners disagree");
    }

    @Test
    void findBoundaryNamesAnAxisOfVary() {
        ParsedFile parsed = ScenarioParser.parse(SCENARIO + """
                sweep:
                  vary: ["Crossing.weightT=0..60:5"]
                  findBoundary: Crossing.weight
                """, FILE);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                "scenarios/x.yaml:9:17: error[WI0215]: `findBoundary` names `Crossing.weight`, which is not an axis of `vary` "
                        + "(expected one of `Crossing.weightT`); hint: did you mean `Crossing.weightT`?");
    }

    @Test
    void aSweepWithoutAxesIsMissingThem() {
        ParsedFile parsed = ScenarioParser.parse(SCENARIO + "sweep:\n  observe: [Charge.band]\n", FILE);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::code).containsExactly("WI0203");
    }
}
