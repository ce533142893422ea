package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code whatif mutate} on a fixture whose scenarios catch every change but one: the motorway
 * limit moved from 120 to 121, which no scenario drives at.
 */
class MutateCliTest {
    private static final String RULES = fixture("mutate/rules");
    private static final String SCENARIOS = fixture("mutate/scenarios");
    private static final String NL = System.lineSeparator();

    /** The time is the one thing that changes from run to run. */
    private static String withoutTime(String out) {
        return out.replaceAll(" in \\d+\\.\\d s", " in 0.0 s");
    }

    @Test
    void theOneChangeNoScenarioNoticesIsListedWithItsPlaceAndTheScore() throws IOException {
        CliRun run = CliRun.of("mutate", "--rules", RULES, SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("SURVIVED    motorway speed limit  (" + RULES + "/speed.drl:30:45)" + NL
                        + "            `speedKmh > 120` -> `speedKmh > 121`" + NL)
                .contains("10 mutants of 2 rules against 6 scenarios: 9 caught, 1 survived, 0 not compiled")
                .containsPattern("mutation score 90\\.0% \\(9 of 10 caught\\) in \\d+\\.\\d s");
        Golden.assertMatches(withoutTime(run.out()), "mutate/survivor.txt");
    }

    @Test
    void theJsonReportListsEveryMutantWithWhatCaughtItAndNoTime() throws IOException {
        CliRun first = CliRun.of("mutate", "--rules", RULES, "--format", "json", "--jobs", "1", SCENARIOS);
        CliRun second = CliRun.of("mutate", "--rules", RULES, "--format", "json", "--jobs", "2", SCENARIOS);

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).as("the same bytes on one thread or two").isEqualTo(first.out());
        Golden.assertMatches(first.out(), "mutate/survivor.json");
    }

    @Test
    void aScoreBelowTheMinimumExitsOne() {
        CliRun reached = CliRun.of("mutate", "--rules", RULES, "--min-score", "90", SCENARIOS);
        CliRun missed = CliRun.of("mutate", "--rules", RULES, "--min-score", "90.1", SCENARIOS);

        assertThat(reached.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(reached.out()).containsPattern("in \\d+\\.\\d s; at least --min-score 90" + NL);
        assertThat(missed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(missed.out()).containsPattern("in \\d+\\.\\d s; below --min-score 90.1" + NL);
    }

    @Test
    void aSuiteThatDoesNotPassIsNotMutated() {
        CliRun run = CliRun.of("mutate", "--rules", fixture("traffic/rules"), fixture("traffic/scenarios"), fixture("failing/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).startsWith("FAIL    a wrong expectation  (" + fixture("failing/scenarios") + "/wrong.yaml:1:7)" + NL)
                .contains("        not held: a fact Ticket{excessKmh: 15}")
                .endsWith(NL
                + "mutation testing needs a green suite: 1 scenario of 4 did not pass against the rules as written" + NL
                + " = hint: make them pass first; a scenario that fails already cannot tell a changed rule from the real one" + NL);
    }

    @Test
    void rulesThatDoNotCompileAreReportedAndNothingIsMutated() {
        CliRun run = CliRun.of("mutate", "--rules", fixture("broken-rules/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("broken-rules/rules/speed.drl:10:")
                .endsWith("nothing was mutated: mutation testing needs rules that compile and scenarios that can be read" + NL);
    }

    @Test
    void aMinimumThatIsNoPercentageIsAUsageError() {
        CliRun run = CliRun.of("mutate", "--rules", RULES, "--min-score", "101", SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("error: --min-score takes a percentage from 0 to 100, got 101.0" + NL)
                .contains("usage: whatif mutate");
    }
}
