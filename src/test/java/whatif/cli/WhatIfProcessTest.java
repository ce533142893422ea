package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code WhatIf.main} in a real child JVM: what only a whole process shows, the exit code the
 * shell sees when a rule ends the process itself.
 */
class WhatIfProcessTest {
    @TempDir
    Path dir;

    record Ended(int exitCode, String out, String err) {
    }

    private Ended whatif(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WhatIf.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("whatif did not end within 120 s");
        }
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aRuleThatEndsTheProcessWithZeroEndsItWithTwoAndSaysWhy() throws Exception {
        Ended ended = whatif("run", "--rules", fixture("exits/rules"), fixture("exits/scenarios"));

        assertThat(ended.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(ended.err())
                .contains("error: a rule ended the process while the run was under way")
                .contains(" = note: the process was ended from `exits.Rule_end_the_process")
                .contains(" = hint: rules must not call System.exit or Runtime.exit");
        assertThat(ended.out()).doesNotContain("passed");
    }

    @Test
    void aNormalRunKeepsItsExitCode() throws Exception {
        Ended failing = whatif("run", "--rules", fixture("traffic/rules"), fixture("failing/scenarios"));

        assertThat(failing.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failing.out()).contains("1 scenario: 0 passed, 1 failed");
        assertThat(failing.err()).doesNotContain("ended the process");
    }
}
