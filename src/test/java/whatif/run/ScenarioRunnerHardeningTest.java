package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;
import whatif.source.Diagnostic;
import whatif.source.Severity;

/**
 * Rules that misbehave ({@code fixtures/run/hostile}): whatever a consequence does, the runner
 * returns an outcome for that scenario, names the rule and its place, and the next scenario on
 * the same runner is untouched.
 */
class ScenarioRunnerHardeningTest {
    private static final Path RULES = Path.of("src/test/resources/fixtures/run/hostile/rules");
    private static final Path DRL = RULES.resolve("hostile.drl");
    private static final RuleBook HOSTILE = RuleBookCompiler.compileFolder(RULES).ruleBook().orElseThrow();
    private static final ScenarioRunner RUNNER = new ScenarioRunner(RunOptions.defaults().withTimeout(Duration.ofMillis(500)));

    private static Scenario triggered(String kind, String expect) {
        ParsedFile file = ScenarioParser.parse("""
                name: triggers %s
                asOf: 2024-01-01
                given:
                  - {type: Trigger, kind: %s}
                expect:
                  %s
                """.formatted(kind, kind, expect), Path.of("hostile.yaml"));
        assertThat(file.diagnostics()).extracting(Diagnostic::oneLine).isEmpty();
        return file.scenarios().get(0);
    }

    private static Outcome run(String kind) {
        return RUNNER.run(HOSTILE, triggered(kind, "counts: {Ratio: 1}"));
    }

    private static void assertBlames(Outcome outcome, String rule, String what) {
        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        RunError error = outcome.error().orElseThrow();
        assertThat(error.rule()).isEqualTo(rule);
        assertThat(error.message()).contains("rule `" + rule + "`").contains(what);
        assertThat(error.at()).hasValueSatisfying(at -> {
            assertThat(at.file()).isEqualTo(DRL);
            assertThat(at.line()).isEqualTo(HOSTILE.rule(rule).orElseThrow().line());
        });
        assertThat(error.internal()).isFalse();
    }

    private static void assertNextScenarioStillPasses() {
        assertThat(RUNNER.run(HOSTILE, triggered("none", "counts: {Ratio: 0}")).status()).isEqualTo(Status.PASSED);
    }

    @Test
    void aFunctionThatRecursesWithoutEndIsAnErrorOfItsRule() {
        Outcome outcome = run("recurse");

        assertBlames(outcome, "recurse without end", "overflowed the stack on 2024-01-01");
        assertThat(outcome.error().orElseThrow().hint()).contains("base case");
        assertNextScenarioStillPasses();
    }

    @Test
    void aConsequenceThatRunsOutOfMemoryIsAnErrorOfItsRule() {
        Outcome outcome = run("allocate");

        assertBlames(outcome, "allocate more than the JVM can give", "ran out of memory on 2024-01-01");
        assertThat(outcome.error().orElseThrow().hint()).contains("-Xmx");
        assertNextScenarioStillPasses();
    }

    @Test
    void aConsequenceThatNeverReturnsIsStoppedAtTheDeadlineAndNamed() {
        long started = System.nanoTime();
        Outcome outcome = run("spin");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertBlames(outcome, "never return", "did not finish within 500 ms");
        assertThat(outcome.error().orElseThrow().hint()).contains("--timeout-seconds").contains("whatif.timeoutSeconds");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertNextScenarioStillPasses();
    }

    @Test
    void notANumberMatchesNoComparisonAndEqualsNothing() {
        for (String expectation : new String[] {"\"< 600\"", "\">= 0\"", "0", "\"oneOf [0, 1]\""}) {
            Outcome outcome = RUNNER.run(HOSTILE, triggered("nan", "facts: [{type: Ratio, value: " + expectation + "}]"));

            assertThat(outcome.status()).as(expectation).isEqualTo(Status.FAILED);
            assertThat(outcome.failures()).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("Ratio{value: NaN}"));
        }
        Outcome differs = RUNNER.run(HOSTILE, triggered("nan", "facts: [{type: Ratio, value: \"!= 0\"}]"));
        assertThat(differs.status()).isEqualTo(Status.PASSED);
    }

    @Test
    void infinityComparesAsTheLargestNumber() {
        assertThat(RUNNER.run(HOSTILE, triggered("infinity", "facts: [{type: Ratio, value: \"> 1e300\"}]")).status())
                .isEqualTo(Status.PASSED);
        Outcome below = RUNNER.run(HOSTILE, triggered("infinity", "facts: [{type: Ratio, value: \"< 600\"}]"));
        assertThat(below.status()).isEqualTo(Status.FAILED);
        assertThat(below.failures()).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("Ratio{value: Infinity}"));
    }

    @Test
    void anExpectationOnlyAGivenFactMeetsPassesWithAWarningAtItsPlace() {
        ParsedFile file = ScenarioParser.parse("""
                name: a visitor
                asOf: 2024-01-01
                given:
                  - {type: Visitor, name: ann}
                expect:
                  facts:
                    - {type: Visitor, name: ann}
                    - {type: Greeting, name: ann}
                """, Path.of("visit.yaml"));

        Outcome outcome = RUNNER.run(HOSTILE, file.scenarios().get(0));

        assertThat(outcome.status()).as(outcome.error().toString()).isEqualTo(Status.PASSED);
        assertThat(outcome.diagnostics()).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.code()).isEqualTo("WI0213");
            assertThat(warning.span().line()).isEqualTo(7);
            assertThat(warning.message()).isEqualTo("this expectation holds whatever the rules do");
            assertThat(warning.label()).contains("Visitor{name: ann}");
        });
    }

    @Test
    void aGivenFactTheRulesChangedIsAResultNotAWarning() {
        Outcome outcome = new ScenarioRunner().run(RuleBookCompiler.compileFolder(
                Path.of("src/test/resources/fixtures/run/library/rules")).ruleBook().orElseThrow(),
                ScenarioParser.parse("""
                        name: nothing given is expected
                        asOf: 2024-01-01
                        given:
                          - {type: Member, name: ann}
                        expect:
                          counts: {Member: 1}
                        """, Path.of("counts.yaml")).scenarios().get(0));

        assertThat(outcome.status()).isEqualTo(Status.PASSED);
        assertThat(outcome.diagnostics()).isEmpty();
    }
}
