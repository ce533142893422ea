package whatif.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleInfo;
import whatif.run.Firing;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.scenario.Expectations;
import whatif.scenario.Scenario;
import whatif.source.Span;

class CoverageTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    private static final List<RuleInfo> THREE_RULES = List.of(rule("town", 3), rule("motorway", 9), rule("points", 15));

    private static RuleInfo rule(String name, int line) {
        return new RuleInfo(name, "traffic", Path.of("rules/speed.drl"), line, Map.of());
    }

    private static Outcome outcome(String scenario, Status status, String... fired) {
        Span span = Span.of(Path.of("scenarios/" + scenario + ".yaml"), 1, 7, 4);
        Scenario s = new Scenario(scenario, "", span, DAY, List.of(), List.of(), Expectations.none(span));
        List<Firing> firings = List.of(fired).stream().map(rule -> new Firing(rule, DAY)).toList();
        return new Outcome(s, status, List.of(), firings, List.of(), Optional.empty(), List.of());
    }

    @Test
    void everyRuleIsListedInBookOrderWithTheScenariosThatFiredItInOutcomeOrder() {
        Coverage coverage = Coverage.of(THREE_RULES, List.of(
                outcome("b", Status.PASSED, "motorway", "town", "town"),
                outcome("a", Status.FAILED, "town")));

        assertThat(coverage.rules()).extracting(r -> r.rule().name()).containsExactly("town", "motorway", "points");
        assertThat(coverage.rules().get(0).firedBy()).extracting(Scenario::name).containsExactly("b", "a");
        assertThat(coverage.rules().get(1).firedBy()).extracting(Scenario::name).containsExactly("b");
        assertThat(coverage.neverFired()).extracting(r -> r.rule().name()).containsExactly("points");
        assertThat(coverage.fired()).isEqualTo(2);
        assertThat(coverage.sentence()).isEqualTo("2 of 3 rules fired (66.6%)");
    }

    @Test
    void theShareIsRoundedDownSoThatOnlyEveryRuleShowsAHundred() {
        List<RuleInfo> many = IntStream.rangeClosed(1, 1000).mapToObj(i -> rule("r" + i, i)).toList();
        String[] allButOne = IntStream.rangeClosed(1, 999).mapToObj(i -> "r" + i).toArray(String[]::new);

        assertThat(Coverage.of(many, List.of(outcome("s", Status.PASSED, allButOne))).percentText()).isEqualTo("99.9%");
        assertThat(Coverage.of(THREE_RULES, List.of()).percentText()).isEqualTo("0.0%");
        assertThat(Coverage.of(List.of(), List.of()).percentText()).isEqualTo("100.0%");
    }

    @Test
    void theMinimumIsComparedExactlyNotWithTheRoundedShare() {
        Coverage twoOfThree = Coverage.of(THREE_RULES, List.of(outcome("s", Status.PASSED, "town", "motorway")));

        assertThat(twoOfThree.withMinimum(new BigDecimal("66.6")).meetsMinimum()).isTrue();
        assertThat(twoOfThree.withMinimum(new BigDecimal("66.67")).meetsMinimum()).isFalse();
        assertThat(twoOfThree.meetsMinimum()).as("no minimum, nothing to meet").isTrue();
        assertThat(twoOfThree.withMinimum(new BigDecimal("66.6")).shortfall()).isEmpty();
    }

    @Test
    void aShortfallSaysTheShareTheMinimumAndTheFirstRulesNoScenarioFired() {
        List<RuleInfo> five = IntStream.rangeClosed(1, 5).mapToObj(i -> rule("r" + i, i)).toList();
        Coverage coverage = Coverage.of(five, List.of()).withMinimum(new BigDecimal("80.0"));

        assertThat(coverage.shortfall()).contains("rule coverage is 0.0%, below the minimum of 80%: 5 of 5 rules "
                + "fired by no scenario (`r1`, `r2`, `r3` and 2 more)");
    }

    @Test
    void aRuleThatOnlyAScenarioOfAnotherRuleBookNamesIsNotCounted() {
        Coverage coverage = Coverage.of(THREE_RULES, List.of(outcome("s", Status.PASSED, "bicycle lane")));

        assertThat(coverage.fired()).isZero();
    }

    @Test
    void aMinimumOutsideZeroToAHundredIsRefused() {
        Coverage coverage = Coverage.of(THREE_RULES, List.of());

        assertThatThrownBy(() -> coverage.withMinimum(new BigDecimal("100.1")))
                .hasMessageContaining("a percentage from 0 to 100, got 100.1");
        assertThatThrownBy(() -> coverage.withMinimum(new BigDecimal("-1"))).hasMessageContaining("got -1");
    }
}
