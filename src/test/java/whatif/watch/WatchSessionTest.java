package whatif.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.testing.FileTrees;

/**
 * The editing loop's core on real files and real Drools: each change gives the pass a user would
 * want to see, printed as {@code run} prints, and runs no more than the change needs.
 */
class WatchSessionTest {
    private static final Duration TOOK = Duration.ofMillis(7);

    @TempDir
    Path dir;

    private Path speed;
    private Path twelvePoints;
    private final List<String> ran = new ArrayList<>();
    private WatchSession session;

    @BeforeEach
    void copyTheTrafficExample() throws IOException {
        FileTrees.copy(Path.of("examples/traffic/rules"), dir.resolve("rules"));
        // Two of the example's scenario files, which these tests are written against.
        Files.createDirectories(dir.resolve("scenarios"));
        for (String file : List.of("speed-limits.yaml", "twelve-points.yaml")) {
            Files.copy(Path.of("examples/traffic/scenarios", file), dir.resolve("scenarios").resolve(file));
        }
        speed = dir.resolve("rules/speed.drl");
        twelvePoints = dir.resolve("scenarios/twelve-points.yaml");
        ScenarioRunner runner = new ScenarioRunner();
        session = new WatchSession(dir.resolve("rules"), List.of(dir.resolve("scenarios")), (book, scenarios) -> {
            scenarios.stream().map(Scenario::name).forEach(ran::add);
            return scenarios.stream().map(s -> runner.run(book, s)).toList();
        });
    }

    @Test
    void theFirstPassCompilesAndRunsEverything() {
        String printed = print(session.start());

        assertThat(printed).isEqualTo("""
                PASS    seventy in town is twenty over  (scenarios/speed-limits.yaml:2:11)
                PASS    fifty in town is within the limit  (scenarios/speed-limits.yaml:15:11)
                PASS    one hundred and thirty on the motorway is ten over  (scenarios/speed-limits.yaml:24:11)
                PASS    twelve points in three years suspend the licence  (scenarios/twelve-points.yaml:1:7)

                4 scenarios: 4 passed, 0 failed, 0 errors, 0 invalid
                [watch] compiled 2 rule files, ran 4 scenarios in 7 ms; in all, 4 scenarios: 4 passed, 0 failed, 0 errors, 0 invalid; waiting for changes
                """);
    }

    @Test
    void aRuleErrorIsShownAtItsPlaceAndItsFixRerunsEveryScenario() throws IOException {
        session.start();
        String rule = Files.readString(speed);

        write(speed, rule.replace("speedKmh > 50, $speed", "spedKmh > 50, $speed"));
        String broken = print(session.changed(Changes.of(speed)).orElseThrow());

        assertThat(broken).isEqualTo("""
                [watch] rules/speed.drl changed
                error[WI0105]: type `Trip` has no field `spedKmh`
                  --> rules/speed.drl:19:30
                   |
                19 |     Trip( road == Road.TOWN, spedKmh > 50, $speed : speedKmh )
                   |                              ^^^^^^^ expected one of `road`, `speedKmh`
                   = hint: did you mean `speedKmh`?

                the rules do not compile: no scenario was run
                1 problem in the input; see above
                4 scenarios: 0 passed, 0 failed, 0 errors, 0 invalid, 4 not run
                [watch] recompiled 1 of 2 rule files in 7 ms; the rules do not compile; waiting for changes
                """);

        ran.clear();
        write(speed, rule.replace("speedKmh > 50", "speedKmh > 80"));
        String fixed = print(session.changed(Changes.of(speed)).orElseThrow());

        assertThat(ran).hasSize(4);
        assertThat(fixed).startsWith("[watch] rules/speed.drl changed\n")
                .contains("FAIL    seventy in town is twenty over", "PASS    twelve points in three years")
                .endsWith("[watch] recompiled 1 of 2 rule files, ran 4 scenarios in 7 ms; in all, 4 scenarios: 3 passed,"
                        + " 1 failed, 0 errors, 0 invalid; waiting for changes\n");
    }

    @Test
    void aSyntaxErrorIsReportedWithoutBuilding() throws IOException {
        session.start();

        write(speed, Files.readString(speed).replace("speedKmh > 50, $speed : speedKmh )", "speedKmh > 50, $speed : speedKmh"));
        Pass pass = session.changed(Changes.of(speed)).orElseThrow();

        assertThat(pass.rebuilt()).isEmpty();
        assertThat(print(pass)).contains("error[WI0103]", "--> rules/speed.drl:")
                .endsWith("[watch] read the rules in 7 ms; the rules do not compile; waiting for changes\n");
    }

    @Test
    void aScenarioEditRunsOnlyThatFilesScenariosAndKeepsTheOthersOutcomes() throws IOException {
        session.start();
        ran.clear();

        write(twelvePoints, Files.readString(twelvePoints).replace("points: \">= 12\"", "points: \">= 13\""));
        String printed = print(session.changed(Changes.of(twelvePoints)).orElseThrow());

        assertThat(ran).containsExactly("twelve points in three years suspend the licence");
        assertThat(printed).startsWith("""
                [watch] scenarios/twelve-points.yaml changed
                FAIL    twelve points in three years suspend the licence  (scenarios/twelve-points.yaml:1:7)
                """).doesNotContain("seventy in town")
                .endsWith("[watch] ran 1 scenario in 7 ms; in all, 4 scenarios: 3 passed, 1 failed, 0 errors, 0 invalid;"
                        + " waiting for changes\n");
    }

    @Test
    void aSaveThatChangesNothingPrintsNothing() throws IOException {
        session.start();
        session.warmUp(); // a pass thrown away: it changes nothing either
        ran.clear();

        write(speed, Files.readString(speed));
        write(twelvePoints, Files.readString(twelvePoints) + "# a comment is not a change\n");
        write(dir.resolve("rules/.speed.drl.swp"), "not a rule");

        assertThat(session.changed(Changes.of(speed, twelvePoints, dir.resolve("rules/.speed.drl.swp")))).isEmpty();
        assertThat(session.changed(new Changes(java.util.Set.of(), true))).as("after lost events").isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void aBadScenarioFileIsReportedAndTheOthersStillStand() throws IOException {
        session.start();
        Path drafts = dir.resolve("scenarios/drafts/late.yaml");
        Files.createDirectories(drafts.getParent());

        write(drafts, "name: a late draft\nasOf: 2024-01-01\ngiven:\n  - type: Trip\n    speedKm: 70\nexpect:\n  counts:\n    Ticket: 0\n");
        String printed = print(session.changed(Changes.of(drafts.getParent())).orElseThrow());

        assertThat(printed).startsWith("[watch] scenarios/drafts/late.yaml changed\n")
                .contains("error[WI0207]", "--> scenarios/drafts/late.yaml:5:5", "INVALID a late draft")
                .endsWith("[watch] ran 1 scenario in 7 ms; in all, 5 scenarios: 4 passed, 0 failed, 0 errors, 1 invalid;"
                        + " 1 problem in the input; waiting for changes\n");
    }

    @Test
    void aScenarioNamedAsAnotherIsADuplicateAndADeletedFileLeavesTheTotals() throws IOException {
        session.start();
        Path copy = dir.resolve("scenarios/copy.yaml");

        write(copy, Files.readString(twelvePoints));
        String duplicate = print(session.changed(Changes.of(copy)).orElseThrow());

        assertThat(duplicate).contains("error[WI0209]: two scenarios are named `twelve points in three years suspend the licence`",
                "--> scenarios/twelve-points.yaml:1:7");

        Files.delete(twelvePoints);
        String deleted = print(session.changed(Changes.of(twelvePoints)).orElseThrow());

        assertThat(deleted).startsWith("[watch] scenarios/twelve-points.yaml changed\n")
                .doesNotContain("error[")
                .endsWith("[watch] read the scenarios in 7 ms; in all, 4 scenarios: 4 passed, 0 failed, 0 errors, 0 invalid;"
                        + " waiting for changes\n");
    }

    private String print(Pass pass) {
        StringWriter out = new StringWriter();
        new PassPrinter().print(pass, TOOK, new PrintWriter(out));
        return out.toString().replace(dir + "/", "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

}
