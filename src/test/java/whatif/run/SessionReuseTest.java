package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;

/**
 * A reused session, reset between runs, gives every scenario of {@code scenarios/} the outcome a
 * new session gives, equal in every part (verdicts, firings in order, facts, errors, trace),
 * whatever ran in it before: the suite in file order, reversed and shuffled.
 */
class SessionReuseTest {
    private static final RuleBook POLICY = RuleBookCompiler.compileFolder(Path.of("rules")).ruleBook().orElseThrow();
    private static final List<Scenario> SUITE = ScenarioFiles.read(List.of(Path.of("scenarios"))).scenarios();

    private static Outcome inNewSession(Scenario scenario, RunOptions options) {
        Plan plan = ScenarioBinder.bind(scenario, POLICY).plan().orElseThrow();
        return new Execution(POLICY, plan, options, Execution.EndProbe.NONE, () -> new ReusableSession(POLICY.kieBase())).run();
    }

    private static void assertSameAsNewSessions(List<Scenario> order, RunOptions options) {
        ReusableSession reused = new ReusableSession(POLICY.kieBase());
        for (Scenario scenario : order) {
            Plan plan = ScenarioBinder.bind(scenario, POLICY).plan().orElseThrow();
            Outcome again = new Execution(POLICY, plan, options, Execution.EndProbe.NONE, () -> reused).run();
            assertThat(again).as(scenario.name()).isEqualTo(inNewSession(scenario, options));
        }
        reused.discard();
    }

    @Test
    void theSuiteIsLargeEnoughToSayAnything() {
        assertThat(SUITE).hasSizeGreaterThan(50);
        assertThat(SUITE.stream().map(s -> inNewSession(s, RunOptions.defaults()).status()).distinct())
                .as("a suite that all passes still runs every path of the runner")
                .contains(Status.PASSED);
    }

    @Test
    void aReusedSessionGivesEachScenarioTheOutcomeOfANewOneInFileOrder() {
        assertSameAsNewSessions(SUITE, RunOptions.defaults());
    }

    @Test
    void andReversedWithTraces() {
        List<Scenario> reversed = new ArrayList<>(SUITE);
        Collections.reverse(reversed);
        assertSameAsNewSessions(reversed, RunOptions.defaults().withTrace(true));
    }

    @Test
    void andShuffled() {
        List<Scenario> shuffled = new ArrayList<>(SUITE);
        Collections.shuffle(shuffled, new Random(10));
        assertSameAsNewSessions(shuffled, RunOptions.defaults());
    }

    @Test
    void aPreparedScenarioRunWithoutChangesGivesWhatTheRunnerGives() {
        List<Scenario> shuffled = new ArrayList<>(SUITE);
        Collections.shuffle(shuffled, new Random(11));
        ScenarioRunner runner = new ScenarioRunner();
        for (Scenario scenario : shuffled) {
            PreparedScenario prepared = PreparedScenario.prepare(POLICY, scenario).prepared().orElseThrow();
            try (PointEvaluator evaluator = prepared.newEvaluator(RunOptions.defaults(), List.of())) {
                assertThat(evaluator.run(List.of())).as(scenario.name()).isEqualTo(runner.run(POLICY, scenario));
            }
        }
    }
}
