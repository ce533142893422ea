package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;

/** The runner over real Drools and a toy rule book of alarms, storms and seasons. */
class ScenarioRunnerTest {
    private static final RuleBook CLOCK = RuleBookCompiler
            .compileFolder(Path.of("src/test/resources/fixtures/run/clock/rules")).ruleBook().orElseThrow();
    private static final ScenarioRunner RUNNER = new ScenarioRunner();

    private static Scenario scenario(String yaml) {
        ParsedFile file = ScenarioParser.parse(yaml, Path.of("test.yaml"));
        assertThat(file.diagnostics()).isEmpty();
        return file.scenarios().get(0);
    }

    private static Outcome run(String yaml) {
        return RUNNER.run(CLOCK, scenario(yaml));
    }

    @Test
    void temporalOperatorsSeeTheTimelineDates() {
        Outcome close = run("""
                name: close
                timeline:
                  - {on: 2024-01-01, type: Alarm, level: 1}
                  - {on: 2024-01-20, type: Alarm, level: 1}
                expect:
                  counts: {Storm: 1}
                """);
        Outcome apart = run("""
                name: apart
                timeline:
                  - {on: 2024-01-01, type: Alarm, level: 1}
                  - {on: 2024-03-01, type: Alarm, level: 1}
                expect:
                  counts: {Storm: 1}
                """);

        assertThat(close.status()).isEqualTo(Status.PASSED);
        assertThat(apart.status()).isEqualTo(Status.FAILED);
        assertThat(apart.failures().get(0).actual()).isEqualTo("0");
    }

    @Test
    void aSlidingWindowForgetsEventsAsTheClockMoves() {
        Outcome outcome = run("""
                name: window
                timeline:
                  - on: 2024-01-01
                    type: Alarm
                    level: 1
                  - on: 2024-02-01
                    type: Alarm
                    level: 1
                    expect:
                      facts: [{type: Count, alarms: 2}]
                  - on: 2024-04-15
                    expect:
                      facts: [{type: Count, alarms: 0}]
                """);

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASSED);
    }

    @Test
    void todayMovesAlongTheTimelineAndLogicalFactsFollowIt() {
        Outcome outcome = run("""
                name: seasons
                asOf: 2024-05-31
                timeline:
                  - on: 2024-05-31
                    expect:
                      noFacts: [{type: Season, name: summer}]
                  - on: 2024-06-01
                    expect:
                      facts: [{type: Season, name: summer}]
                      fired: [summer]
                  - on: 2024-09-01
                    expect:
                      noFacts: [{type: Season}]
                      notFired: [summer]
                """);

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.firings()).filteredOn(f -> f.rule().equals("summer")).singleElement()
                .satisfies(f -> assertThat(f.on()).hasToString("2024-06-01"));
    }

    @Test
    void givenFactsGoInOnAsOfBeforeThatDaysEvents() {
        Outcome outcome = run("""
                name: order
                asOf: 2024-07-01
                given:
                  - {type: Reading, value: 11}
                timeline:
                  - on: 2024-06-01
                    expect:
                      noFacts: [{type: Season, name: noted}]
                  - on: 2024-07-01
                    expect:
                      facts: [{type: Season, name: noted}]
                      fired: ["a reading above 10"]
                """);

        assertThat(outcome.failures()).isEmpty();
    }

    @Test
    void aScenarioWithNothingToCheckFails() {
        Outcome outcome = run("name: silent\nasOf: 2024-01-01\ngiven:\n  - {type: Reading, value: 1}\n");

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failures()).extracting(Verdict::expectation).containsExactly("nothing to check");
    }

    @Test
    void theOutcomeListsOnlyTheFactsTheRulesProduced() {
        Outcome outcome = run("""
                name: produced
                asOf: 2024-07-01
                given:
                  - {type: Reading, value: 11}
                expect:
                  facts: [{type: Reading, value: ">= 11"}]
                """);

        assertThat(outcome.passed()).isTrue();
        // Reading was given, so it is not among them; the window's count and the seasons are.
        assertThat(outcome.facts()).extracting(FactView::describe)
                .containsExactly("Count{alarms: 0}", "Season{name: noted}", "Season{name: summer}");
        assertThat(outcome.factsByType()).containsOnlyKeys("Count", "Season");
    }

    @Test
    void theSameScenarioGivesTheSameOutcome() {
        String yaml = """
                name: twice
                timeline:
                  - {on: 2024-01-01, type: Alarm, level: 1}
                  - {on: 2024-01-20, type: Alarm, level: 2}
                expect:
                  counts: {Storm: 1}
                """;
        Outcome first = run(yaml);
        Outcome second = run(yaml);

        assertThat(second.verdicts()).isEqualTo(first.verdicts());
        assertThat(second.firings()).isEqualTo(first.firings());
        assertThat(second.facts()).isEqualTo(first.facts());
    }

    @Test
    void anInvalidScenarioIsNotRunAndSaysWhy() {
        Outcome outcome = run("name: bad\nasOf: 2024-01-01\ngiven:\n  - {type: Reading, valu: 1}\nexpect:\n  fired: [summer]\n");

        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.firings()).isEmpty();
        assertThat(outcome.diagnostics()).extracting(d -> d.hint()).containsExactly("did you mean `value`?");
    }
}
