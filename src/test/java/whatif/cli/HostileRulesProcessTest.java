package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Misbehaviour that only a real process shows: a rule that fills the heap, in a JVM with a small
 * one. The scenario is an error of its rule, the next scenario still passes, and the exit code
 * says so: never 0, never 3.
 */
class HostileRulesProcessTest {
    private static final String RULES = "src/test/resources/fixtures/run/hostile/rules";
    private static final String SCENARIOS = "src/test/resources/fixtures/cli/hostile/scenarios";

    @Test
    void aRuleThatExhaustsTheHeapIsItsScenariosErrorAndTheRunGoesOn() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), WhatIf.class.getName(),
                "run", "--rules", RULES, SCENARIOS))
                .redirectErrorStream(true).start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }

        assertThat(ended).as("ended within 60 s").isTrue();
        assertThat(output)
                .contains("ERROR   a rule that hoards memory")
                .contains("rule `allocate without bound` ran out of memory on 2024-01-01")
                .contains("PASS    a visitor is greeted")
                .contains("1 passed");
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.INPUT);
    }
}
