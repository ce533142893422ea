package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code whatif run --coverage} and {@code --min-coverage}, on the traffic fixture's two rules. */
class RunCoverageCliTest {
    private static final String TRAFFIC_RULES = fixture("traffic/rules");
    /** Fires `motorway speed limit` only: half the rules. */
    private static final String MOTORWAY = fixture("traffic/scenarios/motorway.yaml");
    private static final String NL = System.lineSeparator();

    @Test
    void coverageListsEveryRuleWithTheScenariosThatFiredItTheRulesNoneFiredAndTheShare() throws IOException {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--coverage", MOTORWAY);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("  fired  rule `motorway speed limit`  ($DIR/traffic/rules/speed.drl:26:1)  by 1 scenario:".replace("$DIR", CliRun.FIXTURES))
                .contains("  never  rule `town speed limit`")
                .contains("fired by no scenario:" + NL + "  rule `town speed limit`")
                .contains("coverage: 1 of 2 rules fired (50.0%)" + NL)
                .endsWith("1 scenario: 1 passed, 0 failed, 0 errors, 0 invalid" + NL);
        Golden.assertMatches(run.out(), "run/coverage.txt");
    }

    @Test
    void theJsonReportGetsACoverageObjectAndIsOtherwiseUnchanged() throws IOException {
        ObjectMapper json = new ObjectMapper();
        CliRun without = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", MOTORWAY, fixture("failing/scenarios"));
        CliRun with = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", "--min-coverage", "40", MOTORWAY,
                fixture("failing/scenarios"));

        assertThat(with.exitCode()).isEqualTo(ExitCode.FAILED).isEqualTo(without.exitCode());
        assertThat(json.readTree(without.out()).has("coverage")).isFalse();
        ObjectNode report = (ObjectNode) json.readTree(with.out());
        JsonNode coverage = report.remove("coverage");
        assertThat(report).isEqualTo(json.readTree(without.out()));
        assertThat(coverage.get("percent").asText()).isEqualTo("100.0");
        assertThat(coverage.get("minimum").asText()).isEqualTo("40");
        assertThat(coverage.get("meetsMinimum").asBoolean()).isTrue();
        assertThat(coverage.get("byRule").get(0).get("firedBy").get(0).asText()).isEqualTo("a wrong expectation");
        Golden.assertMatches(with.out(), "run/coverage.json");
    }

    @Test
    void belowTheMinimumARunWhoseScenariosPassedFailsWithExitOneAndSaysWhy() {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--min-coverage", "60", MOTORWAY);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).as("--min-coverage shows the coverage it judges").contains("  never  rule `town speed limit`")
                .contains("coverage: 1 of 2 rules fired (50.0%), minimum 60%");
        assertThat(run.err()).isEqualTo("error: rule coverage is 50.0%, below the minimum of 60%: 1 of 2 rules fired "
                + "by no scenario (`town speed limit`) (--min-coverage)" + NL
                + " = hint: write a scenario that fires each rule listed as fired by no scenario, or lower --min-coverage" + NL);
    }

    @Test
    void aMinimumReachedExactlyPasses() {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--min-coverage", "50", MOTORWAY);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theMinimumNeverHidesAWorseExitCode() {
        CliRun failing = CliRun.of("run", "--rules", TRAFFIC_RULES, "--min-coverage", "100", fixture("failing/scenarios"));
        CliRun broken = CliRun.of("run", "--rules", TRAFFIC_RULES, "--min-coverage", "100", fixture("mixed/scenarios"));

        assertThat(failing.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failing.err()).contains("below the minimum of 100%");
        assertThat(broken.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(broken.err()).contains("below the minimum of 100%");
    }

    @Test
    void rulesThatDoNotCompileHaveNoCoverageAndExitTwo() {
        CliRun run = CliRun.of("run", "--rules", fixture("broken-rules/rules"), "--min-coverage", "100",
                fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).doesNotContain("coverage");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "ninety"})
    void aMinimumThatIsNoPercentageIsAUsageErrorAndNothingRuns(String minimum) {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--min-coverage", minimum, MOTORWAY);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--min-coverage").contains(minimum).contains("usage: whatif run");
    }

    @Test
    void withOutputTheCountsOnTheTerminalIncludeTheCoverage(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.txt");
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--coverage", "-o", report.toString(), MOTORWAY);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(String.join(NL, List.of("wrote " + report, "rule coverage: 1 of 2 rules fired (50.0%)",
                "1 scenario: 1 passed, 0 failed, 0 errors, 0 invalid", "")));
        assertThat(Files.readString(report)).contains("coverage: 1 of 2 rules fired (50.0%)");
    }
}
