package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCliTest {
    private static final String TRAFFIC_RULES = fixture("traffic/rules");

    @Test
    void passingScenariosPrintOneLineEachAndExitZero() throws IOException {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).endsWith("3 scenarios: 3 passed, 0 failed, 0 errors, 0 invalid" + System.lineSeparator());
        Golden.assertMatches(run.out(), "run/passing.txt");
    }

    @Test
    void aFailedExpectationShowsExpectedAndActualAndExitsOne() throws IOException {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, fixture("failing/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out())
                .contains("FAIL    a wrong expectation")
                .contains("expected: Ticket{excessKmh: 15}")
                .contains("actual:   Ticket{road: TOWN, limitKmh: 50, excessKmh: 10}")
                .contains("0 passed, 1 failed");
        Golden.assertMatches(run.out(), "run/failing.txt");
    }

    @Test
    void brokenScenarioFilesAreReportedAndTheOthersStillRun() throws IOException {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, fixture("mixed/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out())
                .contains("error[WI0209]: two scenarios are named `sixty in town earns a ticket of ten`")
                .contains("error[WI0201]: malformed YAML")
                .contains("error[WI0207]: unknown field `sped` in `Trip`")
                .contains("hint: did you mean `speedKmh`?")
                .contains("PASS    sixty in town earns a ticket of ten")
                .contains("INVALID an unknown field")
                .contains("1 passed, 0 failed, 0 errors, 1 invalid");
        Golden.assertMatches(run.out(), "run/mixed.txt");
    }

    @Test
    void brokenRulesGiveEveryErrorAtFileLineColumnAndExitTwo() throws IOException {
        CliRun run = CliRun.of("run", "--rules", fixture("broken-rules/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("broken-rules/rules/speed.drl:10:").doesNotContain(":0:");
        Golden.assertMatches(run.out(), "run/broken-rules.txt");
    }

    @Test
    void aLoopingRuleAndAThrowingRuleEndTheirScenarioButNotTheRun() {
        CliRun run = CliRun.of("run", "--rules", fixture("runtime/rules"), "--max-firings", "500",
                fixture("runtime/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out())
                .contains("rule `count forever` fired 501 times; a loop?")
                .contains("rule `divide` threw ArithmeticException: / by zero on 2024-01-01")
                .contains("PASS    a division that works")
                .contains("3 scenarios: 1 passed, 0 failed, 2 errors, 0 invalid");
    }

    @Test
    void aConsequenceThatNeverReturnsIsStoppedByTheTimeoutAndTheOthersStillRun() {
        CliRun run = CliRun.of("run", "--rules", fixture("stuck/rules"), "--timeout-seconds", "1",
                fixture("stuck/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out())
                .contains("ERROR   a consequence that never returns")
                .contains("the scenario did not finish within 1 s; does a rule's `then` part loop?")
                .contains("PASS    a slow trip finishes")
                .contains("ERROR   a condition that cannot be evaluated")
                .contains("while evaluating conditions")
                .contains("3 scenarios: 1 passed, 0 failed, 2 errors, 0 invalid");
    }

    @Test
    void theJsonReportIsStableAndComplete() throws IOException {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", fixture("failing/scenarios"),
                fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        Golden.assertMatches(run.out(), "run/report.json");
    }

    @Test
    void theSameInputGivesTheSameBytesOnOneThreadOrMany() {
        String one = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", "--jobs", "1",
                fixture("traffic/scenarios"), fixture("failing/scenarios")).out();
        String many = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", "--jobs", "4",
                fixture("traffic/scenarios"), fixture("failing/scenarios")).out();

        assertThat(many).isEqualTo(one).contains("\"passed\" : 3");
    }

    @Test
    void filterRunsOnlyMatchingScenariosAndAFilterThatMatchesNothingIsAnError() {
        CliRun some = CliRun.of("run", "--rules", TRAFFIC_RULES, "--filter", "MOTORWAY", fixture("traffic/scenarios"));
        CliRun none = CliRun.of("run", "--rules", TRAFFIC_RULES, "--filter", "bicycle", fixture("traffic/scenarios"));

        assertThat(some.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(some.out()).contains("1 scenario: 1 passed, 0 failed").doesNotContain("town");
        assertThat(none.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(none.out()).contains("no scenario name contains `bicycle`");
    }

    @Test
    void aRunThatFindsNoScenarioIsAnError(@TempDir Path empty) {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("error[WI0302]: no scenario found").contains("0 scenarios: 0 passed, 0 failed");
    }

    @Test
    void missingPathsAndRulesFoldersAreNamed() {
        CliRun missingPath = CliRun.of("run", "--rules", TRAFFIC_RULES, "no/such/folder");
        CliRun missingRules = CliRun.of("run", "--rules", "no/rules/here", fixture("traffic/scenarios"));

        assertThat(missingPath.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(missingPath.out()).contains("error[WI0301]: no file or folder `no/such/folder`");
        assertThat(missingRules.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(missingRules.out()).contains("error[WI0101]: rules folder `no/rules/here` does not exist");
    }

    @Test
    void outputWritesTheReportToAFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", "--output", report.toString(),
                fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("3 passed, 0 failed");
        assertThat(Files.readString(report)).contains("\"status\" : \"passed\"");
    }

    @Test
    void helpShowsExamplesAndBadOptionsExitTwo() {
        CliRun help = CliRun.of("run", "--help");
        CliRun bad = CliRun.of("run", "--formt", "json");

        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Examples:").contains("--max-firings");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(bad.err()).contains("--formt");
    }
}
