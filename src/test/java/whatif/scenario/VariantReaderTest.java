package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whatif.source.Diagnostic;

/** Variants read into scenarios of their own; pure: text in, scenarios and diagnostics out. */
class VariantReaderTest {
    private static final Path FILE = Path.of("scenarios/v.yaml");
    private static final String BASE = """
            name: base
            description: the question
            asOf: 2024-01-01
            given:
              - {type: Trip, id: a, road: TOWN, speedKmh: 60}
              - {type: Trip, id: b, road: TOWN, speedKmh: 40}
            timeline:
              - {on: 2024-01-02, type: Offence, points: 3}
              - {on: 2024-01-02, type: Offence, points: 6}
              - on: 2024-01-03
                expect: {fired: [r]}
            expect:
              facts: [{type: Ticket}]
            variants:
            """;

    private static ParsedFile parse(String variants) {
        return ScenarioParser.parse(BASE + variants, FILE);
    }

    private static Scenario onlyVariant(String variants) {
        ParsedFile file = parse(variants);
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.scenarios()).hasSize(2);
        return file.scenarios().get(1);
    }

    private static Diagnostic onlyDiagnostic(String variants) {
        ParsedFile file = parse(variants);
        assertThat(file.diagnostics()).hasSize(1);
        return file.diagnostics().get(0);
    }

    @Test
    void aVariantIsTheScenarioWithItsChangesMadeNamedAfterBoth() {
        Scenario v = onlyVariant("""
                  - name: faster
                    change:
                      - {type: Trip, where: {id: a}, set: {speedKmh: 90, note: new}}
                """);

        assertThat(v.name()).isEqualTo("base / faster");
        assertThat(v.variant()).contains(new Variant("base", "faster"));
        assertThat(v.span()).hasToString("scenarios/v.yaml:15:11");
        assertThat(v.description()).isEqualTo("the question");
        assertThat(v.asOf()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(v.given().get(0).describe()).isEqualTo("Trip{id: a, road: TOWN, speedKmh: 90, note: new}");
        assertThat(v.given().get(0).span()).as("the fact is still where the scenario writes it").hasToString("scenarios/v.yaml:5:5");
        assertThat(v.given().get(0).field("speedKmh").orElseThrow().nameSpan()).as("a new value points at the variant")
                .hasToString("scenarios/v.yaml:17:44");
        assertThat(v.given().get(1)).isEqualTo(parse("").scenarios().get(0).given().get(1));
        assertThat(v.timeline()).hasSize(3);
        assertThat(v.expect().facts()).extracting(FactSpec::describe).containsExactly("Ticket{}");
    }

    @Test
    void theScenarioItselfIsReadFirstAndUnchanged() {
        ParsedFile file = parse("  - {name: slower, change: [{type: Trip, where: {id: b}, set: {speedKmh: 10}}]}\n");

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("base", "base / slower");
        assertThat(file.scenarios().get(0).isVariant()).isFalse();
        assertThat(file.scenarios().get(0).given().get(1).describe()).isEqualTo("Trip{id: b, road: TOWN, speedKmh: 40}");
    }

    @Test
    void timelineEntriesAreAddedAndRemovedByDateTypeAndValues() {
        Scenario v = onlyVariant("""
                  - name: other offences
                    remove:
                      - {on: 2024-01-02, type: Offence, points: 6}
                      - {on: 2024-01-03}
                    add:
                      - {on: 2024-01-02, type: Offence, points: 12}
                      - {on: 2023-12-01, type: Offence, points: 1}
                """);

        assertThat(v.timelineInDateOrder()).extracting(s -> s.fact().map(FactSpec::describe).orElse("expect"))
                .containsExactly("Offence{points: 1}", "Offence{points: 3}", "Offence{points: 12}");
        assertThat(v.start()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void aVariantMayMoveTheDateAndExpectSomethingElse() {
        Scenario v = onlyVariant("""
                  - name: later
                    description: a year on
                    asOf: 2025-01-01
                    expect:
                      noFacts: [{type: Ticket}]
                """);

        assertThat(v.asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(v.description()).isEqualTo("a year on");
        assertThat(v.expect().facts()).isEmpty();
        assertThat(v.expect().noFacts()).extracting(FactSpec::describe).containsExactly("Ticket{}");
    }

    @Test
    void withoutAWrittenAsOfAVariantStartsOnItsOwnFirstDate() {
        ParsedFile file = ScenarioParser.parse("""
                name: events
                timeline:
                  - {on: 2024-03-01, type: Offence}
                  - {on: 2024-04-01, type: Offence}
                variants:
                  - name: without the first
                    remove: [{on: 2024-03-01}]
                  - name: without any
                    remove: [{on: 2024-03-01}, {on: 2024-04-01}]
                """, FILE);

        assertThat(file.scenarios()).extracting(Scenario::asOf)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).containsExactly("scenarios/v.yaml:8:11: error[WI0203]: "
                + "the variant leaves no date to start on (its scenario has no `asOf`, and the variant removes every timeline "
                + "entry); hint: give the variant an `asOf:`, or keep a timeline entry");
        assertThat(file.rejected()).extracting(RejectedScenario::name).containsExactly("events / without any");
    }

    @Test
    void aVariantWithAProblemIsRejectedAloneAndTheOthersAreRead() {
        ParsedFile file = parse("""
                  - name: broken
                    change: [{type: Trp, set: {speedKmh: 1}}]
                  - name: fine
                    asOf: 2024-02-01
                """);

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("base", "base / fine");
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("base / broken");
            assertThat(r.span()).hasToString("scenarios/v.yaml:15:11");
            assertThat(r.diagnostics()).extracting(Diagnostic::oneLine).containsExactly("scenarios/v.yaml:16:21: "
                    + "error[WI0214]: no given fact of type `Trp` to change (the given facts are of type `Trip`); "
                    + "hint: did you mean `Trip`?");
        });
    }

    @Test
    void theVariantsOfAScenarioWithAProblemAreNotRead() {
        ParsedFile file = ScenarioParser.parse("name: base\nasOf: 2024-13-01\nvariants:\n  - {name: v, asOf: 2024-01-01}\n", FILE);

        assertThat(file.scenarios()).isEmpty();
        assertThat(file.rejected()).extracting(RejectedScenario::name).containsExactly("base");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no fact of the type        | [{type: Ticket, set: {a: 1}}]              | 16:21 | no given fact of type `Ticket` to change (the given facts are of type `Trip`); hint: a variant changes the scenario's given facts; to add one, add a timeline entry (`add:`)
            two facts of the type      | [{type: Trip, set: {speedKmh: 1}}]         | 16:21 | this change selects 2 given `Trip` facts (expected one; they are written at lines 5, 6); hint: tell them apart with `where:`, as `where: {id: a}`
            no fact with the value     | [{type: Trip, where: {id: c}, set: {a: 1}}] | 16:35 | no given `Trip` has `id: c` (expected id `a`, `b`); hint: `where:` matches a value as the scenario writes it
            a value nearly written     | [{type: Trip, where: {road: TONW}, set: {a: 1}}] | 16:35 | no given `Trip` has `road: TONW` (expected road `TOWN`); hint: did you mean `TOWN`?
            a field not written        | [{type: Trip, where: {kind: x}, set: {a: 1}}] | 16:35 | no given `Trip` has `kind: x` (expected the given `Trip` facts do not write `kind`); hint: `where:` matches a value as the scenario writes it
            """)
    void aChangeThatSelectsNoFactOrSeveralIsPlaced(String what, String change, String at, String text) {
        Diagnostic d = onlyDiagnostic("  - name: v\n    change: " + change + "\n");

        assertThat(d.code()).isEqualTo("WI0214");
        assertThat(d.oneLine()).isEqualTo("scenarios/v.yaml:" + at + ": error[WI0214]: " + text.replace("(expected the", "(the"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no entry that day          | [{on: 2024-01-05}]                         | 16:19 | the timeline has no entry on 2024-01-05 to remove (its entries are dated `2024-01-02`, `2024-01-03`); hint: did you mean `2024-01-02`?
            no entry of the type       | [{on: 2024-01-02, type: Ofence}]           | 16:37 | no timeline entry of type `Ofence` on 2024-01-02 to remove (the entries of that date are of type `Offence`); hint: did you mean `Offence`?
            no entry with the value    | [{on: 2024-01-02, points: 9}]              | 16:31 | no timeline entry on 2024-01-02 has `points: 9` (expected points `3`, `6`); hint: an entry is matched by its values as the scenario writes them
            """)
    void aRemovalThatSelectsNothingIsPlaced(String what, String remove, String at, String text) {
        Diagnostic d = onlyDiagnostic("  - name: v\n    remove: " + remove + "\n");

        assertThat(d.oneLine()).isEqualTo("scenarios/v.yaml:" + at + ": error[WI0214]: " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt key             | [{name: v, chnage: []}]                    | WI0202 | unknown key `chnage` in a variant (expected one of `name`, `description`, `asOf`, `change`, `add`, `remove`, `expect`); hint: did you mean `change`?
            no name                    | [{asOf: 2024-01-01}]                       | WI0203 | missing key `name` in a variant (expected `name: ...` in a variant); hint: give each variant a `name:` that says what it asks
            a variant that changes nothing | [{name: v, expect: {}}]                | WI0203 | the variant changes nothing (expected `change:`, `asOf:`, `add:` or `remove:`); hint: set fields of a given fact (`change:`), move the date (`asOf:`), or add or remove timeline entries (`add:`, `remove:`)
            a change without set       | [{name: v, change: [{type: Trip}]}]        | WI0203 | missing key `set` in an item of `change` (expected `set: ...` in an item of `change`); hint: write the fields to change with their new values: `set: {speedKmh: 60}`
            an empty set               | [{name: v, change: [{type: Trip, where: {id: a}, set: {}}]}] | WI0204 | `set` changes no field (expected `field: value` lines); hint: write the fields to change with their new values: `set: {speedKmh: 60}`
            a removal without a date   | [{name: v, remove: [{type: Offence}]}]     | WI0203 | missing key `on` in an item of `remove` (expected `on: ...` in an item of `remove`); hint: name the entry to remove by its date, and its type where the date has several: `{on: 2017-07-04, type: Test}`
            a variant that is a value  | [v]                                        | WI0204 | a variant should be a mapping of `key: value` lines (found `v`); hint: write `key: value` lines, indented under their parent
            a bad date                 | [{name: v, asOf: 2024-02-30}]              | WI0205 | `2024-02-30` is not a date (expected a date as YYYY-MM-DD); hint: write the day too, as `2017-08-07`; where only the month is known, pick a day and say so in `description`
            no variant at all          | []                                         | WI0204 | `variants` lists no variant (expected at least one item starting with `- name:`); hint: write each variant under it, or delete `variants:`
            """)
    void everyKeyOfAVariantIsChecked(String what, String variants, String code, String text) {
        ParsedFile file = ScenarioParser.parse(BASE.replace("variants:\n", "variants: " + variants + "\n"), FILE);

        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.oneLine()).endsWith(": error[" + code + "]: " + text);
        });
        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("base");
    }

    @Test
    void twoVariantsOfOneNameAreTwoScenariosOfOneName() {
        ParsedFile file = ScenarioFiles.withoutDuplicateNames(List.of(parse("  - {name: v, asOf: 2024-02-01}\n  - {name: v, asOf: 2024-03-01}\n")))
                .get(0);

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("base", "base / v");
        assertThat(file.diagnostics()).extracting(Diagnostic::message).containsExactly("two scenarios are named `base / v`");
    }
}
