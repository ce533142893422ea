package whatif.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.testing.FileTrees;

/**
 * {@code whatif watch} as a user runs it, in its own process on a copy of the traffic example:
 * a saved error is printed at its place, the fix gives the verdicts, and Ctrl-C ends the watch
 * with exit code 0. It asserts what is printed, not how fast: {@link WatchLatency} measures that.
 */
class WatchProcessTest {
    /** A cold JVM compiles the rules first; on a loaded machine that can take a while. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aSavedErrorIsShownItsFixGivesTheVerdictsAndCtrlCEndsWithZero() throws IOException, InterruptedException {
        FileTrees.copy(Path.of("examples/traffic/rules"), dir.resolve("rules"));
        // Two of the example's scenario files, which these tests are written against.
        Files.createDirectories(dir.resolve("scenarios"));
        for (String file : List.of("speed-limits.yaml", "twelve-points.yaml")) {
            Files.copy(Path.of("examples/traffic/scenarios", file), dir.resolve("scenarios").resolve(file));
        }
        Path speed = dir.resolve("rules/speed.drl");
        String rule = Files.readString(speed, StandardCharsets.UTF_8);
        try (WatchProcess watch = WatchProcess.start(dir)) {
            List<String> first = watch.nextPass(PATIENCE);
            assertThat(first).first().isEqualTo("[watch] watching rules, scenarios (Ctrl-C to stop)");
            assertThat(first).last().asString().endsWith("in all, 4 scenarios: 4 passed, 0 failed, 0 errors, 0 invalid; waiting for changes");

            Files.writeString(speed, rule.replace("speedKmh > 50, $speed", "spedKmh > 50, $speed"), StandardCharsets.UTF_8);
            List<String> broken = watch.nextPass(PATIENCE);
            assertThat(broken).startsWith("[watch] rules/speed.drl changed",
                    "error[WI0105]: type `Trip` has no field `spedKmh`",
                    "  --> rules/speed.drl:19:30");
            assertThat(broken).last().asString().endsWith("the rules do not compile; waiting for changes");

            Files.writeString(speed, rule, StandardCharsets.UTF_8);
            List<String> fixed = watch.nextPass(PATIENCE);
            assertThat(fixed).first().isEqualTo("[watch] rules/speed.drl changed");
            assertThat(fixed).contains("PASS    seventy in town is twenty over  (scenarios/speed-limits.yaml:2:11)");
            assertThat(fixed).last().asString().startsWith("[watch] recompiled 1 of 2 rule files, ran 4 scenarios in ")
                    .endsWith("in all, 4 scenarios: 4 passed, 0 failed, 0 errors, 0 invalid; waiting for changes");

            assertThat(watch.interrupt(PATIENCE)).as("exit code after Ctrl-C").isZero();
            assertThat(watch.seen()).last().isEqualTo("[watch] stopped");
        }
    }

}
