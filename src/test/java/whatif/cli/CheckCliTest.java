package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import org.junit.jupiter.api.Test;

class CheckCliTest {
    @Test
    void validRulesAndScenariosAreOk() {
        CliRun run = CliRun.of("check", "--rules", fixture("traffic/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 2 rules, 3 scenarios" + System.lineSeparator());
    }

    @Test
    void checkFindsScenarioProblemsWithoutRunningAnything() {
        CliRun run = CliRun.of("check", "--rules", fixture("traffic/rules"), fixture("mixed/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out())
                .contains("--> " + fixture("mixed/scenarios/d-unknown-field.yaml") + ":6:5")
                .contains("error[WI0209]")
                .contains("problems found")
                .doesNotContain("PASS");
    }

    @Test
    void checkReportsBrokenRules() {
        CliRun run = CliRun.of("check", "--rules", fixture("broken-rules/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("error[WI0103]");
    }
}
