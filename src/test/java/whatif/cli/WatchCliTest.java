package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code whatif watch} in-process, where it ends: a path that cannot be watched, a bad option. The
 * loop itself runs in a child process ({@code whatif.watch.WatchProcessTest}), where Ctrl-C can end it.
 */
class WatchCliTest {
    @Test
    void aRulesFolderThatDoesNotExistIsReportedAndNothingIsWatched() {
        CliRun run = CliRun.of("watch", "--rules", "no-such-rules", CliRun.fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("error[WI0101]: rules folder `no-such-rules` does not exist",
                "[watch] cannot watch `no-such-rules`: no such file or folder");
    }

    @Test
    void aNumberBelowOneIsAUsageError() {
        CliRun run = CliRun.of("watch", "--jobs", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("--max-firings, --jobs and --timeout-seconds take a number of at least 1");
    }

    @Test
    void itIsListedWithTheOtherCommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).containsPattern("(?m)^  watch +Watch the rules and scenario files");
    }
}
