package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import org.junit.jupiter.api.Test;

/** The bench command works end to end; its figures are not asserted (speed is not a unit test's job). */
class BenchCliTest {
    @Test
    void benchReportsBothRatesAndTheirRatio() {
        CliRun run = CliRun.of("bench", "--rules", fixture("traffic/rules"), "--warmup-seconds", "0.1",
                "--rounds", "1", "--round-seconds", "0.1", fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("3 scenarios, 2 rules")
                .containsPattern("whatif +[\\d,]+ scenarios/s")
                .containsPattern("plain Drools +[\\d,]+ scenarios/s")
                .containsPattern("ratio +\\d+\\.\\d\\d");
    }

    @Test
    void benchRefusesInputItCannotUnderstand() {
        CliRun run = CliRun.of("bench", "--rules", fixture("broken-rules/rules"), fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("nothing to measure");
    }
}
