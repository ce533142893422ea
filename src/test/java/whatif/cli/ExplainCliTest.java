package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCliTest {
    private static final String TRAFFIC = "examples/traffic";

    @Test
    void aFileWithOneScenarioAndItsVariantsExplainsTheScenarioWrittenOut() {
        CliRun unnamed = CliRun.of("explain", "--rules", TRAFFIC + "/rules", "--no-cache", "src/test/resources/fixtures/explain/one-with-variants.yaml");

        assertThat(unnamed.err()).isEmpty();
        assertThat(unnamed.exitCode()).isZero();
        assertThat(unnamed.out()).contains("Ticket").contains("speedKmh: 70").doesNotContain("speedKmh: 50");
    }

    @Test
    void aFileWithSeveralScenariosWrittenOutAsksWhichOne() {
        CliRun run = CliRun.of("explain", "--rules", TRAFFIC + "/rules", "--no-cache", TRAFFIC + "/scenarios/what-if.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("scenarios: choose one with --name");
    }
}
