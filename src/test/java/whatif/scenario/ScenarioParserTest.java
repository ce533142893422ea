package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whatif.source.Diagnostic;

/** Pure: text in, scenarios and diagnostics out; no disk, no rules. */
class ScenarioParserTest {
    private static final Path FILE = Path.of("scenarios/x.yaml");
    private static final String RICH = """
            name: one ton
            description: a newspaper, a month
            asOf: 2017-08-07
            given:
              - type: Proposal
                payloadKg: 1000
                note: "quoted: text"
                unset: ~
            timeline:
              - on: 2017-07-28
                type: Test
              - on: 2017-07-04
                type: Test
                expect:
                  fired: ["a rule"]
              - on: 2017-09-01
                expect:
                  noFacts: [{type: Revision}]
            expect:
              facts:
                - type: Violation
                  excess: "< 600"
              noFacts:
                - type: Revision
              counts: {Violation: 1, Revision: ">= 0"}
              fired: [a rule]
              notFired: [other]
            """;

    private static ParsedFile parse(String text) {
        return ScenarioParser.parse(text, FILE);
    }

    private static Diagnostic onlyDiagnostic(String text) {
        ParsedFile file = parse(text);
        assertThat(file.diagnostics()).hasSize(1);
        return file.diagnostics().get(0);
    }

    @Test
    void readsEveryPartOfAScenarioWithItsPlaces() {
        ParsedFile file = parse(RICH);

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.hasErrors()).isFalse();
        Scenario s = file.scenarios().get(0);
        assertThat(s.name()).isEqualTo("one ton");
        assertThat(s.description()).isEqualTo("a newspaper, a month");
        assertThat(s.span()).hasToString("scenarios/x.yaml:1:7");
        assertThat(s.file()).isEqualTo(FILE);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2017, 8, 7));
        assertThat(s.start()).isEqualTo(LocalDate.of(2017, 7, 4));
        FactSpec given = s.given().get(0);
        assertThat(given.typeName()).isEqualTo("Proposal");
        assertThat(given.span()).hasToString("scenarios/x.yaml:5:5");
        assertThat(given.field("payloadKg").orElseThrow().value().text()).isEqualTo("1000");
        assertThat(given.field("payloadKg").orElseThrow().nameSpan()).hasToString("scenarios/x.yaml:6:5");
        assertThat(given.field("payloadKg").orElseThrow().value().span()).hasToString("scenarios/x.yaml:6:16");
        assertThat(given.field("note").orElseThrow().value()).satisfies(v -> {
            assertThat(v.text()).isEqualTo("quoted: text");
            assertThat(v.plain()).isFalse();
        });
        assertThat(given.field("unset").orElseThrow().value().isNull()).isTrue();
        assertThat(given.field("nothing")).isEmpty();
        assertThat(s.timeline()).extracting(Step::on).containsExactly(
                LocalDate.of(2017, 7, 28), LocalDate.of(2017, 7, 4), LocalDate.of(2017, 9, 1));
        assertThat(s.timeline().get(1).expect().fired()).extracting(Scalar::text).containsExactly("a rule");
        assertThat(s.timeline().get(2).fact()).isEmpty();
        assertThat(s.expect().facts().get(0).describe()).isEqualTo("Violation{excess: < 600}");
        assertThat(s.expect().counts()).extracting(FieldValue::name).containsExactly("Violation", "Revision");
        assertThat(s.expect().notFired()).extracting(Scalar::text).containsExactly("other");
        assertThat(s.expect().size()).isEqualTo(6);
        assertThat(s.hasExpectations()).isTrue();
    }

    @Test
    void theTimelineRunsInDateOrderAndSameDayEntriesKeepTheirOrder() {
        Scenario s = parse("""
                name: order
                timeline:
                  - {on: 2024-01-02, type: B}
                  - {on: 2024-01-01, type: A}
                  - {on: 2024-01-02, type: C}
                """).scenarios().get(0);

        assertThat(s.timelineInDateOrder()).extracting(step -> step.fact().orElseThrow().typeName())
                .containsExactly("A", "B", "C");
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
        assertThat(file.scenarios()).extracting(s -> s.span().line()).containsExactly(2, 4);
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
        assertThat(file.scenarios().get(0).hasExpectations()).isFalse();
    }

    @Test
    void givenFactsNeedADate() {
        Diagnostic d = onlyDiagnostic("name: a\ngiven:\n  - {type: T}\ntimeline:\n  - {on: 2024-01-01, type: T}\n");

        assertThat(d.oneLine()).isEqualTo("scenarios/x.yaml:1:1: error[WI0203]: missing key `asOf` in a scenario "
                + "(expected `asOf: ...` in a scenario); hint: write the date the `given` facts hold on, as `asOf: 2017-08-07`");
    }

    @Test
    void anEmptyFileAndASecondDocumentAreReported() {
        assertThat(onlyDiagnostic("").oneLine()).isEqualTo("scenarios/x.yaml:1:1: error[WI0204]: the scenario file is empty "
                + "(expected a scenario: `name:`, `asOf:`, `given:`, `expect:`); hint: start with `name:`; see the README's "
                + "`Writing a scenario`");
        assertThat(onlyDiagnostic("# only a comment\n").message()).isEqualTo("the scenario file is empty");
        Diagnostic second = onlyDiagnostic("name: a\nasOf: 2024-01-01\n---\nname: b\n");
        assertThat(second.span()).hasToString("scenarios/x.yaml:4:1");
        assertThat(second.message()).isEqualTo("a scenario file holds one YAML document");
        assertThat(second.hint()).contains("`scenarios:`");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list left open    | name: a\\ngiven:\\n  - {type: T, n: [60\\n                   | 3:18 | malformed YAML: expected ',' or ']', but got <stream end>
            a quote left open   | name: "a\\nasOf: 2024-01-01\\n                          | 1:7  | malformed YAML: found unexpected end of stream
            a tab               | name: a\\ngiven:\\n\\t- type: T\\n                         | 3:1  | malformed YAML: a tab where YAML expects spaces
            a value with colon  | name: a: b\\n                                            | 1:8  | malformed YAML: mapping values are not allowed here
            an undefined alias  | name: *x\\n                                              | 1:7  | malformed YAML: found undefined alias x
            """)
    void malformedYamlIsReportedWhereTheProblemStarts(String what, String text, String at, String message) {
        Diagnostic d = onlyDiagnostic(text.replace("\\n", "\n").replace("\\t", "\t"));

        assertThat(d.code()).isEqualTo("WI0201");
        assertThat(d.span().toString()).isEqualTo("scenarios/x.yaml:" + at);
        assertThat(d.message()).startsWith(message).doesNotEndWith(".");
        assertThat(d.hint()).isNotBlank();
    }

    @Test
    void aListWhereAMappingBelongsSaysWhatItFound() {
        Diagnostic d = onlyDiagnostic("name: a\nasOf: 2024-01-01\nexpect: [1, 2]\n");

        assertThat(d.oneLine()).isEqualTo("scenarios/x.yaml:3:9: error[WI0204]: `expect` should be a mapping of `key: value` "
                + "lines (found a list); hint: write `key: value` lines, indented under their parent");
    }

    @Test
    void shapesAreCheckedAtEveryLevel() {
        assertThat(onlyDiagnostic("- name: a\n").message()).isEqualTo("a scenario file should be a mapping of `key: value` lines");
        assertThat(onlyDiagnostic("name: [a]\nasOf: 2024-01-01\n").message()).isEqualTo("`name` should be a single value");
        assertThat(onlyDiagnostic("name: a\nasOf: 2024-01-01\nexpect:\n  fired: r\n").message())
                .isEqualTo("`fired` should be a list (items starting with `- `)");
        assertThat(onlyDiagnostic("name: a\nasOf: 2024-01-01\ngiven:\n  - type: T\n    f: {a: 1}\n").message())
                .isEqualTo("field `f` should be a single value");
        assertThat(onlyDiagnostic("scenarios: x\n").message()).isEqualTo("`scenarios` should be a list (items starting with `- `)");
    }

    @Test
    void aKeyThatIsNotAValueIsReportedOnce() {
        assertThat(onlyDiagnostic("name: a\nasOf: 2024-01-01\n[x]: 1\n").message()).isEqualTo("a key should be a single value");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on a value                   | name: a\\nasOf: !!java.lang.Runtime 2024-01-01\\n        | 2:7  | YAML tag `!!java.lang.Runtime` is not allowed in `asOf`
            a custom tag                 | name: !foo a\\nasOf: 2024-01-01\\n                       | 1:7  | YAML tag `!foo` is not allowed in `name`
            on a list                    | name: a\\nasOf: 2024-01-01\\ngiven: !!java.util.ArrayList\\n  - {type: T}\\n | 3:8 | YAML tag `!!java.util.ArrayList` is not allowed in `given`
            on a mapping                 | name: a\\nasOf: 2024-01-01\\nexpect: !!javax.script.ScriptEngineManager {fired: [r]}\\n | 3:9 | YAML tag `!!javax.script.ScriptEngineManager` is not allowed in `expect`
            on the whole file            | !!java.lang.Runtime\\nname: a\\n                          | 1:1  | YAML tag `!!java.lang.Runtime` is not allowed in a scenario file
            a core tag that is not data  | name: a\\nasOf: !!binary aGVsbG8=\\n                     | 2:7  | YAML tag `!!binary` is not allowed in `asOf`
            on an empty value            | name: a\\nasOf: 2024-01-01\\ngiven: !foo\\n                | 3:8  | YAML tag `!foo` is not allowed in `given`
            """)
    void tagsThatWouldBuildObjectsAreRefusedAsWritten(String what, String text, String at, String message) {
        Diagnostic d = onlyDiagnostic(text.replace("\\n", "\n"));

        assertThat(d.code()).isEqualTo("WI0204");
        assertThat(d.span().toString()).isEqualTo("scenarios/x.yaml:" + at);
        assertThat(d.message()).isEqualTo(message);
        assertThat(d.label()).isEqualTo("expected plain data: text, numbers, lists and mappings");
        assertThat(d.hint()).isEqualTo("scenario files are plain data and never run code: remove the `!` tag");
    }

    /** Counts its instances: a scenario file that could build objects would build one. */
    public static final class Canary {
        static int made;

        public Canary() {
            made++;
        }
    }

    @Test
    void aTagNamingAClassNeverBuildsIt() {
        Diagnostic d = onlyDiagnostic("name: a\nasOf: 2024-01-01\ngiven: !!whatif.scenario.ScenarioParserTest$Canary []\n");

        assertThat(Canary.made).isZero();
        assertThat(d.message()).isEqualTo("YAML tag `!!whatif.scenario.ScenarioParserTest$Canary` is not allowed in `given`");
    }

    @Test
    void theCoreSchemasOwnTagsAreData() {
        ParsedFile file = parse("name: !!str 12\nasOf: 2024-01-01\ngiven:\n  - {type: T, n: !!int 3, x: !!float 1.5, b: !!bool true}\n");

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.scenarios().get(0).name()).isEqualTo("12");
    }

    @ParameterizedTest(name = "`{1}` in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            a scenario                        | nam: a\\nasOf: 2024-01-01\\n                                      | 1:1 | unknown key `nam` in a scenario (expected one of `name`, `description`, `asOf`, `given`, `timeline`, `expect`, `variants`, `sweep`); hint: did you mean `name`?
            `expect`                          | name: a\\nasOf: 2024-01-01\\nexpect:\\n  noFact: []\\n             | 4:3 | unknown key `noFact` in `expect` (expected one of `facts`, `noFacts`, `counts`, `fired`, `notFired`); hint: did you mean `noFacts`?
            a timeline entry's `expect`       | name: a\\ntimeline:\\n  - on: 2024-01-01\\n    expect: {fird: []}\\n | 4:14 | unknown key `fird` in the `expect` of a timeline entry
            a timeline entry without a fact   | name: a\\ntimeline:\\n  - on: 2024-01-01\\n    expct: {}\\n        | 4:5 | unknown key `expct` in a timeline entry without `type` (expected one of `on`, `type`, `expect`); hint: did you mean `expect`?
            a file of several scenarios       | scenarios:\\n  - {name: a, asOf: 2024-01-01}\\nname: b\\n     | 3:1 | unknown key `name` in a file of several scenarios (expected one of `scenarios`); hint: see the README's `Writing a scenario` for every key
            """)
    void anUnknownKeyIsReportedWithTheKeysThatExist(String where, String text, String at, String expected) {
        List<Diagnostic> diagnostics = parse(text.replace("\\n", "\n")).diagnostics();

        assertThat(diagnostics).extracting(d -> d.span().line() + ":" + d.span().column() + " " + d.code())
                .contains(at + " WI0202");
        assertThat(diagnostics).extracting(Diagnostic::oneLine).anyMatch(line -> line.contains(expected));
    }

    @Test
    void aRepeatedKeyIsAnError() {
        Diagnostic d = onlyDiagnostic("name: a\nasOf: 2024-01-01\nname: b\n");

        assertThat(d.oneLine()).isEqualTo("scenarios/x.yaml:3:1: error[WI0202]: key `name` appears twice in a scenario "
                + "(first written at line 1); hint: keep one of the two");
    }

    @ParameterizedTest(name = "`{0}`")
    @CsvSource(delimiter = '|', textBlock = """
            2017-13-01        | `2017-13-01` is not a date
            2017-02-30        | `2017-02-30` is not a date
            2017-08           | `2017-08` is not a date
            2024-01-01T10:00  | `2024-01-01T10:00` is not a date
            ''                | `asOf` has no date
            """)
    void aDateIsADayWrittenYearMonthDay(String written, String message) {
        Diagnostic d = onlyDiagnostic("name: a\nasOf: " + written + "\n");

        assertThat(d.code()).isEqualTo("WI0205");
        assertThat(d.span().line()).isEqualTo(2);
        assertThat(d.span().column()).isEqualTo(written.isEmpty() ? 6 : 7);
        assertThat(d.message()).isEqualTo(message);
        assertThat(d.label()).isEqualTo("expected a date as YYYY-MM-DD");
        assertThat(d.hint()).isEqualTo("write the day too, as `2017-08-07`; where only the month is known, pick a day and say so in `description`");
    }

    @Test
    void aQuotedDateIsADate() {
        assertThat(parse("name: a\nasOf: '2024-01-01'\n").scenarios().get(0).asOf()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aScenarioNeedsANameThatSaysSomething() {
        assertThat(onlyDiagnostic("asOf: 2024-01-01\n").oneLine()).isEqualTo("scenarios/x.yaml:1:1: error[WI0203]: missing key "
                + "`name` in a scenario (expected `name: ...` in a scenario); hint: give each scenario a `name:` that says what it asks");
        assertThat(onlyDiagnostic("name:\nasOf: 2024-01-01\n").oneLine()).isEqualTo("scenarios/x.yaml:1:1: error[WI0203]: "
                + "the scenario's `name` is empty (expected text that says what the scenario asks); "
                + "hint: give each scenario a `name:` that says what it asks");
        assertThat(onlyDiagnostic("name: '  '\nasOf: 2024-01-01\n").message()).isEqualTo("the scenario's `name` is empty");
    }

    @Test
    void aTimelineEntryNeedsADateAndAFactOrAnExpectation() {
        assertThat(parse("name: a\ntimeline:\n  - type: T\n").diagnostics()).extracting(Diagnostic::message)
                .contains("missing key `on` in a timeline entry");
        assertThat(parse("name: a\ntimeline:\n  - on: 2024-01-01\n").diagnostics()).extracting(d -> d.span() + " " + d.message())
                .containsExactly("scenarios/x.yaml:3:5 a timeline entry needs a `type:` or an `expect:`");
    }

    @Test
    void aFactNeedsAType() {
        assertThat(onlyDiagnostic("name: a\nasOf: 2024-01-01\ngiven:\n  - speedKmh: 60\n").oneLine())
                .isEqualTo("scenarios/x.yaml:4:5: error[WI0203]: missing key `type` in an item of `given` "
                        + "(expected `type: ...` in an item of `given`); hint: name the fact's type, as declared in the rules: `type: Violation`");
    }

    @Test
    void anEmptyListOfScenariosIsAnErrorNotAQuietPass() {
        Diagnostic d = onlyDiagnostic("scenarios:\n");

        assertThat(d.oneLine()).isEqualTo("scenarios/x.yaml:1:1: error[WI0204]: `scenarios` lists no scenario "
                + "(expected at least one item starting with `- name:`); hint: write the scenarios under it, or delete the file");
    }

    @Test
    void aScenarioWithAProblemInsideIsLeftOutAndItsNeighboursAreNot() {
        ParsedFile file = parse("""
                scenarios:
                  - name: good
                    asOf: 2024-01-01
                    expect: {fired: [r]}
                  - name: bad
                    asOf: 2024-01-01
                    given:
                      type: T
                    expect: {fired: [r]}
                  - name: also good
                    asOf: 2024-01-01
                    expect: {fired: [r]}
                """);

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("good", "also good");
        assertThat(file.diagnostics()).extracting(d -> d.span() + " " + d.message())
                .containsExactly("scenarios/x.yaml:8:7 `given` should be a list (items starting with `- `)");
        assertThat(file.hasErrors()).isTrue();
    }

    /**
     * A scenario file cut short anywhere, as while it is typed: parsing never throws, and every
     * diagnostic is inside the file, from 1:1 (Position refuses 0), with a hint.
     */
    @Test
    void aFileCutShortAnywhereGivesDiagnosticsAtRealPlaces() {
        List<String> failures = new ArrayList<>();
        int broken = 0;
        for (int cut = 0; cut <= RICH.length(); cut++) {
            String text = RICH.substring(0, cut);
            try {
                List<Diagnostic> diagnostics = parse(text).diagnostics();
                broken += diagnostics.isEmpty() ? 0 : 1;
                for (Diagnostic d : diagnostics) {
                    if (d.span().line() > text.split("\n", -1).length + 1 || d.hint().isBlank()) {
                        failures.add("cut at " + cut + ": " + d.oneLine());
                    }
                }
            } catch (RuntimeException e) {
                failures.add("cut at " + cut + ": threw " + e);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(broken).as("cuts that gave diagnostics").isGreaterThan(100);
    }

    @Test
    void nestingTwoThousandDeepStopsAtTheLimitWithItsPlace() {
        String text = "name: deep\nasOf: 2024-01-01\ngiven: " + "[".repeat(2000) + "]".repeat(2000) + "\n";

        ParsedFile file = parse(text);

        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).containsExactly("scenarios/x.yaml:3:71: error[WI0212]: "
                + "lists and mappings nested more than 64 deep, the most a scenario file may have (level 65 starts here); "
                + "hint: a scenario needs about six levels: look for a `[` or `{` that is never closed, or flatten the data");
        assertThat(file.readable()).isFalse();
        assertThat(file.scenarios()).isEmpty();
        assertThat(file.rejected()).isEmpty();
    }

    @Test
    void blockNestingCountsToo() {
        StringBuilder text = new StringBuilder("name: deep\nasOf: 2024-01-01\ngiven:\n");
        for (int level = 0; level < 100; level++) {
            text.append("  ".repeat(level + 1)).append("k:\n");
        }
        text.append("  ".repeat(101)).append("v\n");

        Diagnostic d = onlyDiagnostic(text.toString());

        // The document's mapping is level 1 and `given`'s, on line 4, level 2: line 67's is level 65.
        assertThat(d.code()).isEqualTo("WI0212");
        assertThat(d.span()).hasToString("scenarios/x.yaml:67:129");
        assertThat(d.label()).isEqualTo("level 65 starts here");
    }

    @Test
    void sixtyFourLevelsAreAllowed() {
        String text = "name: deep\nasOf: 2024-01-01\ngiven: " + "[".repeat(63) + "]".repeat(63) + "\n";

        assertThat(parse(text).diagnostics()).extracting(Diagnostic::code).doesNotContain("WI0212");
    }

    @Test
    void theFiftyFirstAliasOfAListStopsTheFileAtItsPlace() {
        String fifty = "name: a\nasOf: 2024-01-01\nexpect:\n  fired: &r [r]\n  notFired: [" + "*r, ".repeat(49) + "*r]\n";
        String more = fifty.replace("*r]\n", "*r, *r]\n");

        assertThat(parse(fifty).diagnostics()).extracting(Diagnostic::code).doesNotContain("WI0212");
        ParsedFile file = parse(more);
        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).containsExactly("scenarios/x.yaml:5:214: error[WI0212]: "
                + "more than 50 aliases to lists or mappings, the most a scenario file may have (alias 51, `*r`); "
                + "hint: each alias repeats a whole list or mapping, and many can make a small file huge to read: "
                + "write the values out instead");
        assertThat(file.readable()).isFalse();
    }

    @Test
    void aliasesOfSingleValuesAreFree() {
        String text = "name: a\nasOf: &d 2024-01-01\ntimeline:\n" + "  - {on: *d, type: T}\n".repeat(200)
                + "expect: {fired: [r]}\n";

        ParsedFile file = parse(text);

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.scenarios().get(0).timeline()).hasSize(200);
    }

    @Test
    void aTextLongerThanTheLimitIsNamedAtItsFirstCharacterTooMany() {
        int max = ScenarioFileLimits.MAX_CODE_POINTS;
        String head = "name: long\nasOf: 2024-01-01\ndescription: ";
        String text = head + "x".repeat(max - head.length()) + "yz";

        ParsedFile file = parse(text);

        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).containsExactly("scenarios/x.yaml:3:" + (max - "name: long\nasOf: 2024-01-01\n".length() + 1)
                + ": error[WI0212]: the file is longer than 3,145,728 characters, the most a scenario file may hold "
                + "(character 3,145,729 is here); hint: split the scenarios over several files");
        assertThat(file.readable()).isFalse();
    }

    /** snakeyaml-engine 2.10 threw IndexOutOfBoundsException where a pair straddled its 1,025-char buffer. */
    @ParameterizedTest(name = "after {0} letters")
    @CsvSource({"0", "1", "2"})
    void emojiAcrossTheParsersBufferAreRead(int letters) {
        String description = "x".repeat(letters) + "\uD83D\uDE00".repeat(1500);

        ParsedFile file = parse("name: a\nasOf: 2024-01-01\nexpect: {fired: [r]}\ndescription: " + description + "\n");

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.scenarios().get(0).description()).isEqualTo(description);
    }

    @Test
    void theLengthLimitCountsCharactersNotJavaChars() {
        int max = ScenarioFileLimits.MAX_CODE_POINTS;
        String head = "name: wide\nasOf: 2024-01-01\nexpect: {fired: [r]}\n";
        // Each emoji is one character and two Java chars: the text is longer than the limit in chars only.
        // Short comment lines: one long value would take snakeyaml-engine half a minute to scan.
        String line = "# " + "\uD83D\uDE00".repeat(98) + "\n";
        String text = head + line.repeat((max - head.length()) / 101);

        assertThat(text.length()).isGreaterThan(max);
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(max);
        assertThat(parse(text).diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL | 0  | a NUL often means the file is UTF-16 or not text: save it as UTF-8 text
            ESC | 27 | delete it; in a double-quoted value write it as the escape `\\u001B`
            DEL | 127 | delete it; in a double-quoted value write it as the escape `\\u007F`
            """)
    void aControlCharacterIsPlacedAndShownEscapedNeverRaw(String what, int code, String hint) {
        Diagnostic d = onlyDiagnostic("name: a\nasOf: 2024" + (char) code + "-01-01\n");
        String escaped = String.format("`\\u%04X`", code);

        assertThat(d.code()).isEqualTo("WI0201");
        assertThat(d.span()).hasToString("scenarios/x.yaml:2:11");
        assertThat(d.message()).isEqualTo("malformed YAML: the control character " + escaped + " is not allowed");
        assertThat(d.label()).isEqualTo("found " + escaped + " here");
        assertThat(d.hint()).isEqualTo(hint);
        assertThat(d.oneLine()).doesNotContain(String.valueOf((char) code));
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsShownEscapedToo() {
        Diagnostic date = onlyDiagnostic("name: a\nasOf: \"2024\\0-01\"\n");
        Diagnostic key = parse("name: a\nasOf: 2024-01-01\n\"k\\e\": 1\n").diagnostics().get(0);

        assertThat(date.message()).isEqualTo("`2024\\u0000-01` is not a date");
        assertThat(key.message()).isEqualTo("unknown key `k\\u001B` in a scenario");
    }

    @Test
    void aNameWithAControlCharacterIsRejected() {
        ParsedFile file = parse("name: \"two\\nlines\"\nasOf: 2024-01-01\nexpect: {fired: [r]}\n");

        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).containsExactly("scenarios/x.yaml:1:7: error[WI0204]: "
                + "the scenario's `name` holds a control character: `two\\u000Alines` (expected one line of text); "
                + "hint: write the name on one line, without tabs or escapes such as `\\t`");
        assertThat(file.rejected()).extracting(RejectedScenario::name).containsExactly("two\\u000Alines");
    }

    @Test
    void eachScenarioWithAProblemIsRejectedWithItsOwnDiagnostics() {
        ParsedFile file = parse("""
                scenarios:
                  - name: good
                    asOf: 2024-01-01
                  - name: bad date
                    asOf: 2024-02-30
                    given: {type: T}
                  - just text
                  - asOf: 2024-01-01
                """);

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("good");
        assertThat(file.rejected()).extracting(r -> r.name() + "@" + r.span().line() + ":" + r.span().column())
                .containsExactly("bad date@4:11", "@7:5", "@8:5");
        assertThat(file.rejected().get(0).diagnostics()).extracting(Diagnostic::code).containsExactly("WI0204", "WI0205");
        assertThat(file.rejected().get(1).diagnostics()).extracting(Diagnostic::message).containsExactly("a scenario should be a mapping of `key: value` lines");
        assertThat(file.rejected().get(2).diagnostics()).extracting(Diagnostic::message).containsExactly("missing key `name` in a scenario");
        // The file's list is every problem, in order: reports print it.
        assertThat(file.diagnostics()).isEqualTo(file.rejected().stream().flatMap(r -> r.diagnostics().stream()).toList());
        assertThat(file.readable()).isTrue();
    }

    @Test
    void aFileThatIsOneBrokenScenarioCountsOne() {
        ParsedFile named = parse("name: a\nasOf: 2024-1-1\n");
        ParsedFile list = parse("- name: a\n");

        assertThat(named.rejected()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("a");
            assertThat(r.span()).hasToString("scenarios/x.yaml:1:7");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly("`2024-1-1` is not a date");
        });
        assertThat(list.rejected()).extracting(r -> r.name() + "@" + r.span()).containsExactly("@scenarios/x.yaml:1:1");
    }

    @Test
    void aFileThatIsNotYamlIsUnreadableAndAFileOfTheWrongShapeIsNot() {
        assertThat(parse("name: [\n").readable()).isFalse();
        assertThat(parse("").readable()).isTrue();
        assertThat(parse("scenarios: x\n").readable()).isTrue();
    }
}
