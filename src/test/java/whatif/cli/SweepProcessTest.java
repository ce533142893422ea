package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C on a sweep in a real child JVM: it stops, and the file holds whole rows in grid order. */
class SweepProcessTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTheSweepAndLeavesWholeRowsInGridOrder() throws Exception {
        Path csv = dir.resolve("rows.csv");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
            // A job started in the background of a script inherits SIGINT ignored; a test must not depend on how it was started.
            command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT}='DEFAULT'; exec @ARGV"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WhatIf.class.getName(),
                "sweep", "--rules", "src/test/resources/fixtures/sweep/rules", "src/test/resources/fixtures/sweep/scenarios/crossing.yaml",
                "--vary", "Crossing.weightT=100..10000000:1", "--observe", "Charge.band", "--jobs", "2", "-o", csv.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(csv) < 50 && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(lines(csv)).as("rows written before the signal").isGreaterThanOrEqualTo(50);
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the sweep ended after Ctrl-C").isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).isEqualTo(SweepCommand.INTERRUPTED);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Crossing.weightT,Charge.band,error\n").endsWith("\n");
        List<String> rows = text.lines().skip(1).toList();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).matches((100 + i) + ",[A-Z]+,");
        }
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("sweep stopped: " + rows.size() + " rows written");
    }

    private static long lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
