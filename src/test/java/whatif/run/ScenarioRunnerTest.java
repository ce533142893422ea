package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;
import whatif.scenario.ScenarioParser;
import whatif.source.Diagnostic;

/**
 * The runner over real Drools and a toy lending library ({@code fixtures/run/library}): events
 * with a temporal operator and a sliding window, rules on {@link Today}, a rule that loops and one
 * that throws. The rule book is compiled once for the class.
 */
class ScenarioRunnerTest {
    private static final Path RULES = Path.of("src/test/resources/fixtures/run/library/rules");
    private static final RuleBook LIBRARY = RuleBookCompiler.compileFolder(RULES).ruleBook().orElseThrow();
    private static final ScenarioRunner RUNNER = new ScenarioRunner();

    private static Scenario scenario(String yaml) {
        ParsedFile file = ScenarioParser.parse(yaml, Path.of("test.yaml"));
        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).isEmpty();
        return file.scenarios().get(0);
    }

    private static Outcome run(String yaml) {
        return RUNNER.run(LIBRARY, scenario(yaml));
    }

    private static void assertPassed(Outcome outcome) {
        assertThat(outcome.failures()).as("failed checks").isEmpty();
        assertThat(outcome.error()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASSED);
    }

    @ParameterizedTest(name = "lent on 2024-01-01, back on {0}: {1} in time")
    @CsvSource({"2024-01-01, 1", "2024-01-15, 1", "2024-01-31, 1", "2024-02-01, 0", "2023-12-31, 0"})
    void afterZeroToThirtyDaysHoldsFromTheSameDayToTheThirtiethOnTheTimelinesDates(String returned, int inTime) {
        Outcome outcome = run("""
                name: a return
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: Ulysses}
                  - {on: %s, type: Return, member: ann, item: Ulysses}
                expect:
                  counts: {ReturnedInTime: %d}
                """.formatted(returned, inTime));

        assertPassed(outcome);
    }

    @Test
    void aSlidingWindowCountsOnlyTheLastThirtyDaysAsTheClockMoves() {
        Outcome outcome = run("""
                name: three loans in a month
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: a}
                  - {on: 2024-01-10, type: Loan, member: ann, item: b}
                  - on: 2024-01-20
                    type: Loan
                    member: ann
                    item: c
                    expect:
                      facts: [{type: Busy, member: ann, loans: 3}]
                  - on: 2024-01-29
                    expect:
                      counts: {Busy: 1}
                  - on: 2024-02-05
                    expect:
                      noFacts: [{type: Busy}]
                """);

        assertPassed(outcome);
        assertThat(outcome.verdicts()).extracting(Verdict::on).containsExactly(
                LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 5));
    }

    @Test
    void todayIsTheDateOfEachStepSoRulesOnItFollowTheTimeline() {
        Outcome outcome = run("""
                name: an overdue book
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: Ulysses, dueOn: 2024-01-10}
                  - on: 2024-01-10
                    expect:
                      noFacts: [{type: Overdue}]
                  - on: 2024-01-11
                    expect:
                      facts: [{type: Overdue, member: ann, item: Ulysses}]
                      fired: [overdue]
                  - on: 2024-01-12
                    type: Return
                    member: ann
                    item: Ulysses
                    expect:
                      noFacts: [{type: Overdue}]
                      notFired: [overdue]
                """);

        assertPassed(outcome);
        assertThat(outcome.firings()).filteredOn(f -> f.rule().equals("overdue")).extracting(Firing::on)
                .containsExactly(LocalDate.of(2024, 1, 11));
    }

    @Test
    void todayMovesOnlyWhenTheDateDoes() {
        Outcome outcome = run("""
                name: two loans on one day
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: a}
                  - {on: 2024-01-01, type: Loan, member: ann, item: b}
                  - {on: 2024-01-03, type: Loan, member: ann, item: c}
                expect:
                  counts: {Tick: 2}
                """);

        assertPassed(outcome);
        assertThat(outcome.firings()).filteredOn(f -> f.rule().equals("tick")).extracting(Firing::on)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3));
    }

    @Test
    void givenFactsGoInOnAsOfBeforeThatDaysEventsAndAfterEarlierOnes() {
        String yaml = """
                name: a new member borrows
                asOf: 2024-01-05
                given:
                  - {type: Member, name: ann}
                timeline:
                  - {on: %s, type: Loan, member: ann, item: a}
                expect:
                  counts: {Welcome: %d}
                """;

        // Same day: the member is there, with no loan yet, when the rules first fire.
        assertPassed(run(yaml.formatted("2024-01-05", 1)));
        // The day before: the loan is there before the member.
        assertPassed(run(yaml.formatted("2024-01-04", 0)));
    }

    @Test
    void aStepsFiredIsScopedToItsDateAndTheTopLevelsToTheWholeRun() {
        Outcome outcome = run("""
                name: scopes
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - on: 2024-01-01
                    expect:
                      fired: [welcome, tick]
                  - on: 2024-01-05
                    type: Loan
                    member: ann
                    item: a
                    expect:
                      fired: [tick]
                      notFired: [welcome]
                expect:
                  fired: [welcome, tick]
                """);

        assertPassed(outcome);
    }

    @Test
    void aFailedCheckSaysWhatWasExpectedAndWhatWasFound() {
        Outcome outcome = run("""
                name: wrong expectations
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - on: 2024-01-05
                    type: Loan
                    member: ann
                    item: a
                    expect:
                      fired: [welcome]
                expect:
                  facts: [{type: Welcome, member: bob}]
                  noFacts: [{type: Welcome}]
                  counts: {Tick: "> 2"}
                """);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failures()).extracting(Verdict::expectation, Verdict::expected, Verdict::actual, Verdict::on)
                .containsExactly(
                        tuple("rule `welcome` fired", "fired", "fired: tick",
                                LocalDate.of(2024, 1, 5)),
                        tuple("a fact Welcome{member: bob}", "Welcome{member: bob}",
                                "Welcome{member: ann}", LocalDate.of(2024, 1, 5)),
                        tuple("no fact Welcome{}", "none matching Welcome{}",
                                "Welcome{member: ann}", LocalDate.of(2024, 1, 5)),
                        tuple("count of Tick > 2", "> 2", "2", LocalDate.of(2024, 1, 5)));
        assertThat(outcome.failures().get(1).span().line()).isEqualTo(13);
    }

    @Test
    void aRuleThatLoopsIsStoppedWithItsNameItsPlaceAndAHint() {
        Outcome outcome = new ScenarioRunner(RunOptions.defaults().withMaxFirings(100)).run(LIBRARY, scenario("""
                name: a renewal
                asOf: 2024-01-01
                given:
                  - {type: Renewal, item: Ulysses}
                expect:
                  counts: {Renewal: 1}
                """));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        RunError error = outcome.error().orElseThrow();
        assertThat(error.message()).isEqualTo("rule `renew forever` fired 101 times; a loop?");
        assertThat(error.rule()).isEqualTo("renew forever");
        assertThat(error.at()).hasValueSatisfying(at -> assertThat(at).hasToString(RULES.resolve("library.drl") + ":108:1"));
        assertThat(error.hint()).contains("no-loop true").contains("--max-firings");
        assertThat(outcome.verdicts()).isEmpty();
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleAndTheCause() {
        Outcome outcome = RUNNER.run(LIBRARY, scenario("""
                name: a negative damage
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: a}
                  - on: 2024-01-07
                    expect:
                      counts: {Loan: 1}
                  - {on: 2024-01-09, type: Damage, item: a, cost: -5}
                expect:
                  counts: {Damage: 1}
                """));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        RunError error = outcome.error().orElseThrow();
        assertThat(error.message())
                .isEqualTo("rule `a damage costs something` threw IllegalArgumentException: a negative cost on 2024-01-09");
        assertThat(error.rule()).isEqualTo("a damage costs something");
        assertThat(error.at()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(115));
        // What was checked before the error is kept.
        assertThat(outcome.verdicts()).singleElement().satisfies(v -> assertThat(v.held()).isTrue());
    }

    @Test
    void aScenarioThatErrsLeavesTheNextOneOnTheSameRunnerUntouched() {
        Outcome looping = RUNNER.run(LIBRARY, scenario("name: loops\nasOf: 2024-01-01\ngiven: [{type: Renewal}]\nexpect: {counts: {Renewal: 1}}\n"));
        Outcome next = run("name: next\nasOf: 2024-01-01\ngiven: [{type: Member, name: ann}]\nexpect: {counts: {Welcome: 1, Renewal: 0}}\n");

        assertThat(looping.status()).isEqualTo(Status.ERROR);
        assertThat(looping.error().orElseThrow().message()).isEqualTo("rule `renew forever` fired 10001 times; a loop?");
        assertPassed(next);
    }

    @Test
    void aScenarioWithNothingToCheckFails() {
        Outcome outcome = run("name: silent\nasOf: 2024-01-01\ngiven:\n  - {type: Member, name: ann}\n");

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failures()).singleElement().satisfies(v -> {
            assertThat(v.expectation()).isEqualTo("nothing to check");
            assertThat(v.expected()).isEqualTo("at least one expectation");
            assertThat(v.actual()).isEqualTo("none");
        });
    }

    @Test
    void theOutcomeHoldsTheProducedFactsByTypeAndTheRulesInTheOrderTheyFired() {
        Outcome outcome = run("""
                name: produced
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - {on: 2024-01-02, type: Loan, member: ann, item: a}
                  - {on: 2024-01-03, type: Return, member: ann, item: a}
                expect:
                  counts: {ReturnedInTime: 1}
                """);

        assertPassed(outcome);
        // Member, Loan and Return were inserted by the scenario, so they are not among them.
        assertThat(outcome.facts()).extracting(FactView::describe).containsExactly(
                "ReturnedInTime{item: a}", "Tick{on: 2024-01-01}", "Tick{on: 2024-01-02}", "Tick{on: 2024-01-03}",
                "Welcome{member: ann}");
        assertThat(outcome.factsByType()).containsOnlyKeys("ReturnedInTime", "Tick", "Welcome");
        assertThat(outcome.factsOfType("Tick")).hasSize(3);
        assertThat(outcome.rulesFired()).containsExactly("welcome", "tick", "returned in time");
    }

    @Test
    void theSameScenarioGivesAnEqualOutcomeEveryTimeOnAnyThread() throws Exception {
        Scenario scenario = scenario("""
                name: twice
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: a, kind: BOOK, dueOn: 2024-01-03}
                  - {on: 2024-01-02, type: Loan, member: ann, item: b, kind: DVD}
                  - {on: 2024-01-04, type: Loan, member: ann, item: c}
                expect:
                  facts: [{type: Busy, loans: 3}, {type: Overdue, item: a}]
                """);
        Outcome first = RUNNER.run(LIBRARY, scenario);

        assertPassed(first);
        assertThat(RUNNER.run(LIBRARY, scenario)).isEqualTo(first);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> runs = pool.invokeAll(Collections.nCopies(8, () -> RUNNER.run(LIBRARY, scenario)));
            for (Future<Outcome> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScenarioThatDoesNotFitTheRulesIsNotRunAndSaysWhy() {
        Outcome outcome = run("name: bad\nasOf: 2024-01-01\ngiven:\n  - {type: Member, nam: ann}\nexpect:\n  fired: [welcome]\n");

        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.firings()).isEmpty();
        assertThat(outcome.verdicts()).isEmpty();
        assertThat(outcome.diagnostics()).extracting(Diagnostic::oneLine)
                .containsExactly("test.yaml:4:20: error[WI0207]: unknown field `nam` in `Member` (expected one of `name`); "
                        + "hint: did you mean `name`?");
        assertThat(ScenarioChecker.check(LIBRARY, outcome.scenario())).isEqualTo(outcome.diagnostics());
    }

    @Test
    void aScenarioBuiltInJavaRunsAsItsFileWould() {
        Scenario built = ScenarioBuilder.named("built")
                .asOf(LocalDate.of(2024, 1, 1))
                .given("Member", Map.of("name", "ann"))
                .on(LocalDate.of(2024, 1, 1), "Loan", Map.of("member", "ann", "item", "a", "kind", "DVD"))
                .on(LocalDate.of(2024, 1, 20), "Return", Map.of("member", "ann", "item", "a"))
                .expectFact("ReturnedInTime", Map.of("item", "a"))
                .expectNoFact("Overdue", Map.of())
                .expectFired("returned in time")
                .expectNotFired("overdue")
                .build();

        assertPassed(RUNNER.run(LIBRARY, built));
    }

    @Test
    void datesBeforeNineteenSeventyWorkOnThePseudoClock() {
        assertPassed(run("""
                name: a loan in 1950
                timeline:
                  - {on: 1950-01-01, type: Loan, member: ann, item: a, dueOn: 1950-01-10}
                  - on: 1950-01-11
                    type: Return
                    member: ann
                    item: a
                    expect:
                      facts: [{type: ReturnedInTime, item: a}]
                """));
    }
}
