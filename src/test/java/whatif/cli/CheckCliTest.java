package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import org.junit.jupiter.api.Test;

class CheckCliTest {
    @Test
    void validRulesAndScenariosAreOk() {
        CliRun run = CliRun.of("check", "--rules", fixture("traffic/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 2 rules, 3 scenarios: 3 valid, 0 invalid" + System.lineSeparator());
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
    void checkCountsWhatItReadAsRunDoes() {
        CliRun run = CliRun.of("check", "--rules", fixture("traffic/rules"), fixture("mixed/scenarios/a-good.yaml"),
                fixture("mixed/scenarios/d-unknown-field.yaml"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).endsWith("1 problem found" + System.lineSeparator()
                + "2 rules, 2 scenarios: 1 valid, 1 invalid" + System.lineSeparator());
    }

    @Test
    void withoutRulesTheScenariosReadAreCountedAsNotChecked() {
        CliRun run = CliRun.of("check", "--rules", fixture("broken-rules/rules"), fixture("traffic/scenarios"));

        assertThat(run.out()).endsWith("the rules do not compile, 3 scenarios: 0 valid, 0 invalid, 3 not checked"
                + System.lineSeparator());
    }

    @Test
    void checkEscapesWhatItQuotes() {
        CliRun run = CliRun.of("check", "--rules", fixture("injection/rules"), fixture("injection/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("1 | name: a raw escape \\u001b[2J in the file")
                .contains("4 |   - {type: Note,    txt: hello}")
                .doesNotContain("\u001b").doesNotContain("\t");
    }

    @Test
    void checkReportsBrokenRules() {
        CliRun run = CliRun.of("check", "--rules", fixture("broken-rules/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("error[WI0103]");
    }
}
