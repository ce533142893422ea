package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
                .contains("3 scenarios: 1 passed, 0 failed, 0 errors, 2 invalid; 1 file could not be read");
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
                .contains("the scenario did not finish within 1 s: rule `wait forever` was still running")
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
    void outputWritesTheReportToAFileCreatingMissingFoldersAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("reports/2024/report.json");
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json", "--output", report.toString(),
                fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("wrote " + report + System.lineSeparator()
                + "3 scenarios: 3 passed, 0 failed, 0 errors, 0 invalid" + System.lineSeparator());
        assertThat(Files.readString(report)).contains("\"status\" : \"passed\"");
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void outputNamingAFolderIsAUsageErrorAndNothingRuns(@TempDir Path dir) {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "-o", dir.toString(), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(String.join(System.lineSeparator(),
                "error: `-o " + dir + "` names a folder; expected the report's file",
                "usage: whatif run [OPTIONS] [PATHS...]",
                " = hint: name a file in it, as `-o " + dir.resolve("report.txt") + "`; `whatif help run` lists the options",
                ""));
    }

    @Test
    void outputNamingAnInputFileIsRefusedAndTheFileIsLeftAlone(@TempDir Path dir) throws IOException {
        Path scenarios = dir.resolve("scenarios");
        Path rules = dir.resolve("rules");
        copy(fixture("traffic/scenarios"), scenarios);
        copy(TRAFFIC_RULES, rules);
        Path scenario = scenarios.resolve("town.yaml");
        Path rule = rules.resolve("speed.drl");
        String scenarioText = Files.readString(scenario);
        String ruleText = Files.readString(rule);

        CliRun overScenario = CliRun.of("run", "--rules", rules.toString(), "-o", scenario.toString(), scenarios.toString());
        CliRun overRule = CliRun.of("run", "--rules", rules.toString(), "-o", rule.toString(), scenarios.toString());
        CliRun newScenario = CliRun.of("run", "--rules", rules.toString(), "-o", scenarios.resolve("report.yaml").toString(),
                scenarios.toString());
        CliRun newRule = CliRun.of("run", "--rules", rules.toString(), "-o", rules.resolve("report.drl").toString(),
                scenarios.toString());

        assertThat(List.of(overScenario, overRule, newScenario, newRule)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("= hint: write the report outside the rules and scenario folders");
        });
        assertThat(overScenario.err()).contains("is the scenario file `" + scenario + "`: the report would overwrite it");
        assertThat(overRule.err()).contains("is the rule file `" + rule + "`: the report would overwrite it");
        assertThat(newScenario.err()).contains("the next run would read the report as scenarios");
        assertThat(newRule.err()).contains("the next run would compile the report");
        assertThat(Files.readString(scenario)).isEqualTo(scenarioText);
        assertThat(Files.readString(rule)).isEqualTo(ruleText);
        assertThat(scenarios.resolve("report.yaml")).doesNotExist();
        assertThat(rules.resolve("report.drl")).doesNotExist();
    }

    @Test
    void outputBelowAFileIsAUsageErrorNotAStackTrace(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "-o", file.resolve("report.txt").toString(),
                fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("cannot create the folder of")
                .contains("`" + file + "` is in the way: it exists and is not a folder")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void namesValuesAndSourceLinesCannotForgeHideOrColourALine() throws IOException {
        CliRun run = CliRun.of("run", "--rules", fixture("injection/rules"), fixture("injection/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out().replace(System.lineSeparator(), "\n"))
                .as("no control or bidi character reaches the terminal")
                .doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");
        assertThat(run.out().lines().filter(line -> line.matches("^(PASS|FAIL|ERROR|INVALID) .*")))
                .as("one line per scenario, each whole: a name cannot start a line of its own")
                .hasSize(5);
        assertThat(run.out())
                .contains("PASS    a value that clears the screen  (")
                .contains("actual:   Echo{text: \\u001b[32mgreen\\u001b[0m}")
                .contains("INVALID \\u001B[2J\\u001B[Ha name that clears the screen  (")
                .contains("INVALID bidi \\u202Eevil\\u202C and a bell\\u0007  (")
                .contains("1 | name: a raw escape \\u001b[2J in the file");
        Golden.assertMatches(run.out(), "run/injection.txt");
    }

    @Test
    void theJsonSummaryCountsInvalidScenarios() {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "json",
                fixture("mixed/scenarios/a-good.yaml"), fixture("mixed/scenarios/d-unknown-field.yaml"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("\"scenarios\" : 2,").contains("\"passed\" : 1,").contains("\"invalid\" : 1,");
    }

    @Test
    void helpShowsExamplesAndABadOptionGivesTheErrorAUsageLineAndAHint() {
        CliRun help = CliRun.of("run", "--help");
        CliRun bad = CliRun.of("run", "--formt", "json");

        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Examples:").contains("--max-firings").contains("scenarios/seed-claims");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(bad.err()).isEqualTo(String.join(System.lineSeparator(),
                "error: unknown option: '--formt'",
                "usage: whatif run [OPTIONS] [PATHS...]",
                " = hint: did you mean `--format`? `whatif help run` lists the options",
                ""));
    }

    private static void copy(String from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of(from))) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
