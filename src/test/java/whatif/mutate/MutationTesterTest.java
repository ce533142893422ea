package whatif.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.rulebook.RuleSource;
import whatif.run.RunOptions;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;
import whatif.source.Position;

/** Mutants run against scenarios with real Drools: what is caught, what survives, what does not compile. */
class MutationTesterTest {
    private static final Path FILE = Path.of("rules/speed.drl");
    private static final List<RuleSource> SOURCES = List.of(new RuleSource(FILE, """
            package toy;

            declare Trip
                speedKmh : int
            end

            declare Ticket
                kind : String
            end

            rule "speeding"
            when
                Trip( speedKmh > 50 )
            then
                insertLogical(new Ticket("speeding"));
            end

            rule "reckless"
            when
                Trip( speedKmh > 200 )
            then
                insertLogical(new Ticket("reckless"));
            end
            """));
    private static final RuleBook BOOK = RuleBookCompiler.compile(SOURCES).ruleBook().orElseThrow();
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private static final List<Scenario> SCENARIOS = List.of(
            ScenarioBuilder.named("sixty is speeding").asOf(DAY).given("Trip", Map.of("speedKmh", 60))
                    .expectFact("Ticket", Map.of("kind", "speeding")).build(),
            ScenarioBuilder.named("fifty is fine").asOf(DAY).given("Trip", Map.of("speedKmh", 50))
                    .expectNoFact("Ticket", Map.of()).build(),
            ScenarioBuilder.named("two hundred is not reckless").asOf(DAY).given("Trip", Map.of("speedKmh", 200))
                    .expectNoFact("Ticket", Map.of("kind", "reckless")).build());

    private static List<MutantResult> test(List<Mutant> mutants) throws InterruptedException {
        MutationTester tester = new MutationTester(RunOptions.defaults(), 2);
        Baseline baseline = tester.baseline(BOOK, SCENARIOS);
        assertThat(baseline.isGreen()).isTrue();
        return tester.test(SOURCES, baseline, mutants);
    }

    private static String summary(MutantResult result) {
        return result.mutant().rule() + " " + result.mutant().change() + ": " + result.status().label()
                + (result.caughtBy().isEmpty() ? "" : " by " + result.caughtBy()) + ", fired by " + result.firedBy();
    }

    @Test
    void aRuleNoScenarioFiresSurvivesItsRemovalYetAChangeThatMakesItFireIsCaught() throws InterruptedException {
        List<MutantResult> results = test(MutantMaker.make(SOURCES));

        assertThat(results).extracting(MutationTesterTest::summary).containsExactly(
                "speeding rule removed: caught by sixty is speeding, fired by 2",
                "speeding `speedKmh > 50` -> `speedKmh >= 50`: caught by fifty is fine, fired by 2",
                "speeding `speedKmh > 50` -> `speedKmh > 49`: caught by fifty is fine, fired by 2",
                "speeding `speedKmh > 50` -> `speedKmh > 51`: survived, fired by 2",
                // Never fired, so its removal changes nothing; but `>=` makes it fire at 200, which a
                // scenario that never fired it notices: condition mutants run every scenario.
                "reckless rule removed: survived, fired by 0",
                "reckless `speedKmh > 200` -> `speedKmh >= 200`: caught by two hundred is not reckless, fired by 0",
                "reckless `speedKmh > 200` -> `speedKmh > 199`: caught by two hundred is not reckless, fired by 0",
                "reckless `speedKmh > 200` -> `speedKmh > 201`: survived, fired by 0");
    }

    @Test
    void aMutantThatDoesNotCompileIsCountedApartWithTheCompilersError() throws InterruptedException {
        String text = SOURCES.get(0).text();
        int at = text.indexOf("speedKmh > 50");
        Mutant broken = new Mutant("speeding", FILE, Position.of(13, 11), MutationKind.NUMBER_MOVED,
                new TextEdit(at, at + "speedKmh".length(), "spedKmh"), "speedKmh > 50", "spedKmh > 50");

        MutantResult result = test(List.of(broken)).get(0);

        assertThat(result.status()).isEqualTo(MutantStatus.NOT_COMPILED);
        assertThat(result.detail()).contains("rules/speed.drl:13:").contains("WI0105").contains("spedKmh");
    }

    @Test
    void theScoreLeavesOutWhatDidNotCompileAndIsRoundedDown() {
        Mutant any = MutantMaker.make(SOURCES).get(0);
        List<MutantResult> results = List.of(MutantResult.caught(any, "s", "failed", 1), MutantResult.caught(any, "s", "failed", 1),
                MutantResult.survived(any, 1), MutantResult.notCompiled(any, "error", 1));
        MutationReport report = new MutationReport(results, 2, 3, java.time.Duration.ZERO, java.util.OptionalDouble.of(66.6));

        assertThat(report.score()).isEqualTo(66.6);
        assertThat(report.scoreText()).isEqualTo("66.6%");
        assertThat(report.meetsMinimum()).isTrue();
        assertThat(new MutationReport(results, 2, 3, java.time.Duration.ZERO, java.util.OptionalDouble.of(66.7)).meetsMinimum()).isFalse();
    }
}
