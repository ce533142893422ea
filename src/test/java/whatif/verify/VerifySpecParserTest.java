package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import whatif.scenario.AxisRange;
import whatif.source.Diagnostic;

class VerifySpecParserTest {
    private static final Path FILE = Path.of("rules/verify.yaml");

    @Test
    void aCheckHasItsScenarioAxesAndInvariants() {
        VerifySpec spec = VerifySpecParser.parse("""
                checks:
                  - name: rates
                    scenario: ../scenarios/parcel.yaml
                    scenarioName: a parcel
                    vary:
                      asOf: 2020-01-01..2020-03-01:1m
                      Parcel.band: [A, B]
                    invariants:
                      - atMostOne: Rate
                        per: parcel
                      - neverBoth:
                          - {type: Rate, band: SMALL}
                          - {type: Fine}
                      - monotone: Rate.band
                        along: Parcel.band
                        order: [SMALL, LARGE]
                """, FILE);

        assertThat(spec.diagnostics()).isEmpty();
        Check check = spec.checks().get(0);
        assertThat(check.scenarioFile()).isEqualTo(Path.of("scenarios/parcel.yaml"));
        assertThat(check.scenarioName()).contains("a parcel");
        assertThat(check.axisNames()).containsExactly("asOf", "Parcel.band");
        assertThat(check.axes().get(0).range()).isEqualTo(new AxisRange.Dates(LocalDate.parse("2020-01-01"),
                LocalDate.parse("2020-03-01"), Period.ofMonths(1)));
        assertThat(check.axes().get(1).range()).isEqualTo(new AxisRange.Listed(List.of("A", "B")));
        assertThat(check.invariants()).extracting(Invariant::describe).containsExactly(
                "at most one Rate per parcel",
                "never both Rate{band: SMALL} and Fine",
                "Rate.band never goes down SMALL < LARGE as Parcel.band grows");
        assertThat(check.invariants().get(2)).isEqualTo(new Monotone("Parcel.band", "Rate.band",
                java.util.List.of("SMALL", "LARGE"), check.invariants().get(2).span()));
        assertThat(check.invariants().get(0).span().line()).isEqualTo(9);
    }

    @Test
    void aMisspeltKeyIsShownWhereItIsWithTheNearestKnownOne() {
        VerifySpec spec = VerifySpecParser.parse("""
                checks:
                  - name: rates
                    scenaro: parcel.yaml
                    vary: {asOf: [2020-01-01]}
                    invariants: []
                """, FILE);

        assertThat(spec.checks()).isEmpty();
        assertThat(spec.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                "rules/verify.yaml:3:5: error[WI0202]: unknown key `scenaro` in a check (expected one of `name`, `scenario`, "
                        + "`scenarioName`, `vary`, `invariants`); hint: did you mean `scenario`?",
                "rules/verify.yaml:2:5: error[WI0203]: missing key `scenario` in a check (expected `scenario: ...` in a check); "
                        + "hint: see the README's `Verifying by evaluation`");
    }

    @Test
    void aVerifyFileIsPlainDataAsAScenarioFileIs() {
        VerifySpec spec = VerifySpecParser.parse("""
                checks:
                  - name: !!java.lang.Runtime rates
                    scenario: a.yaml
                    vary: {asOf: [2020-01-01]}
                    invariants: [{atMostOne: Rate, "p\\u001Ber": proposal}]
                """, FILE);

        assertThat(spec.checks()).isEmpty();
        assertThat(spec.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                "rules/verify.yaml:2:11: error[WI0204]: YAML tag `!!java.lang.Runtime` is not allowed in `name` (expected plain data: "
                        + "text, numbers, lists and mappings); hint: verify files are plain data and never run code: remove the `!` tag",
                "rules/verify.yaml:5:36: error[WI0202]: unknown key `p\\u001Ber` in an invariant (expected one of `atMostOne`, `per`, "
                        + "`neverBoth`, `on`, `monotone`, `along`, `order`); hint: did you mean `per`?");
    }

    @Test
    void oneBadCheckLeavesTheOthers() {
        VerifySpec spec = VerifySpecParser.parse("""
                checks:
                  - name: bad
                    scenario: a.yaml
                    vary: {Parcel.weightKg: 1..2}
                    invariants: [{atMostOne: Rate}]
                  - name: good
                    scenario: a.yaml
                    vary: {Parcel.weightKg: 1..2:1}
                    invariants: [{atMostOne: Rate}]
                """, FILE);

        assertThat(spec.checks()).extracting(Check::name).containsExactly("good");
        // Read as a sweep's range is, with the same diagnostic.
        assertThat(spec.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0215");
            assertThat(d.message()).isEqualTo("the range `1..2` is not `FROM..TO:STEP`");
            assertThat(d.span().line()).isEqualTo(4);
            assertThat(d.span().column()).isEqualTo(29);
        });
    }

    @Test
    void malformedYamlIsShownWhereItBreaks() {
        VerifySpec spec = VerifySpecParser.parse("checks:\n  - name: [unclosed\n", FILE);

        // As in a scenario file: a list left open at the end of the file is shown where it opens.
        assertThat(spec.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0201");
            assertThat(d.span().line()).isEqualTo(2);
            assertThat(d.span().column()).isEqualTo(11);
        });
        assertThat(Optional.of(spec.checks())).hasValueSatisfying(c -> assertThat(c).isEmpty());
    }
}
