package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import whatif.source.Diagnostic;

/** Pure: text in, scenarios and diagnostics out; no disk, no rules. */
class ScenarioParserTest {
    private static final Path FILE = Path.of("scenarios/x.yaml");

    private static ParsedFile parse(String text) {
        return ScenarioParser.parse(text, FILE);
    }

    @Test
    void readsEveryPartOfAScenarioWithItsPlaces() {
        ParsedFile file = parse("""
                name: one ton
                description: Yonhap
                asOf: 2017-08-07
                given:
                  - type: Proposal
                    payloadKg: 1000
                timeline:
                  - on: 2017-07-04
                    type: MissileTest
                    expect:
                      fired: ["a rule"]
                expect:
                  facts:
                    - type: Violation
                      excess: "< 600"
                  noFacts:
                    - type: Revision
                  counts: {Violation: 1}
                  notFired: [other]
                """);

        assertThat(file.diagnostics()).isEmpty();
        Scenario s = file.scenarios().get(0);
        assertThat(s.name()).isEqualTo("one ton");
        assertThat(s.span().line()).isEqualTo(1);
        assertThat(s.span().column()).isEqualTo(7);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2017, 8, 7));
        assertThat(s.start()).isEqualTo(LocalDate.of(2017, 7, 4));
        assertThat(s.given().get(0).field("payloadKg").orElseThrow().value().text()).isEqualTo("1000");
        assertThat(s.given().get(0).field("payloadKg").orElseThrow().nameSpan().line()).isEqualTo(6);
        assertThat(s.timeline().get(0).fact().orElseThrow().typeName()).isEqualTo("MissileTest");
        assertThat(s.timeline().get(0).expect().fired()).extracting(Scalar::text).containsExactly("a rule");
        assertThat(s.expect().facts().get(0).describe()).isEqualTo("Violation{excess: < 600}");
        assertThat(s.expect().counts()).extracting(FieldValue::name).containsExactly("Violation");
        assertThat(s.expect().size()).isEqualTo(4);
    }

    @Test
    void severalScenariosUnderScenariosKeepTheirOrder() {
        ParsedFile file = parse("""
                scenarios:
                  - name: b
                    asOf: 2024-01-01
                  - name: a
                    asOf: 2024-01-02
                """);

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("b", "a");
    }

    @Test
    void asOfDefaultsToTheFirstTimelineDateWhenNothingIsGiven() {
        ParsedFile file = parse("""
                name: events only
                timeline:
                  - {on: 2017-07-28, type: T}
                  - {on: 2017-07-04, type: T}
                """);

        assertThat(file.scenarios().get(0).asOf()).isEqualTo(LocalDate.of(2017, 7, 4));
        assertThat(file.scenarios().get(0).timelineInDateOrder()).extracting(Step::on)
                .containsExactly(LocalDate.of(2017, 7, 4), LocalDate.of(2017, 7, 28));
    }

    @Test
    void anEmptyFileAndASecondDocumentAreReported() {
        assertThat(parse("").diagnostics()).extracting(Diagnostic::message).containsExactly("the scenario file is empty");
        assertThat(parse("name: a\nasOf: 2024-01-01\n---\nname: b\n").diagnostics())
                .extracting(Diagnostic::code).containsExactly("WI0204");
    }

    @Test
    void aListWhereAMappingBelongsSaysWhatItFound() {
        Diagnostic d = parse("name: a\nasOf: 2024-01-01\nexpect: [1, 2]\n").diagnostics().get(0);

        assertThat(d.code()).isEqualTo("WI0204");
        assertThat(d.message()).isEqualTo("`expect` should be a mapping of `key: value` lines");
        assertThat(d.label()).isEqualTo("found a list");
        assertThat(d.span().toString()).isEqualTo("scenarios/x.yaml:3:9");
    }

    @Test
    void aRepeatedKeyIsAnError() {
        Diagnostic d = parse("name: a\nasOf: 2024-01-01\nname: b\n").diagnostics().get(0);

        assertThat(d.message()).isEqualTo("key `name` appears twice in a scenario");
        assertThat(d.label()).isEqualTo("first written at line 1");
    }

    @Test
    void aTimelineEntryWithoutAFactAcceptsOnlyItsOwnKeys() {
        ParsedFile file = parse("name: a\ntimeline:\n  - on: 2024-01-01\n    expct: {}\n");

        assertThat(file.diagnostics()).extracting(Diagnostic::message)
                .contains("unknown key `expct` in a timeline entry without `type`");
    }
}
