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
        Process process = sweep("--rules", "src/test/resources/fixtures/sweep/rules", "src/test/resources/fixtures/sweep/scenarios/crossing.yaml",
                "--vary", "Crossing.weightT=100..10000000:1", "--observe", "Charge.band", "--jobs", "2", "-o", csv.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(csv) < 50 && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(lines(csv)).as("rows written before the signal").isGreaterThanOrEqualTo(50);
            interrupt(process);
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

    /**
     * An adaptive sweep writes its rows once the refinement is done; stopped before, it writes the
     * points decided so far. Here every weight has its own fee, so none is inferred and the ten
     * million points would take minutes: the rows are the points evaluated, in grid order, each right.
     */
    @Test
    void ctrlCOnAnAdaptiveSweepLeavesThePointsDecidedSoFarInGridOrder() throws Exception {
        Path csv = dir.resolve("rows.csv");
        Process process = sweep("--rules", "src/test/resources/fixtures/adaptive/rules", "src/test/resources/fixtures/adaptive/scenarios/crossing.yaml",
                "--vary", "Crossing.weightT=1..10000000:1", "--observe", "Fee.amount", "--adaptive", "--jobs", "2", "-o", csv.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(csv) && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(csv).as("the rows' file, opened once the rules are compiled").exists();
            // The refinement writes nothing until it is done: give it time to evaluate its first levels.
            Thread.sleep(5000);
            assertThat(process.isAlive()).as("the sweep still refining").isTrue();
            interrupt(process);
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).isEqualTo(SweepCommand.INTERRUPTED);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Crossing.weightT,Fee.amount,error\n").endsWith("\n");
        List<String> rows = text.lines().skip(1).toList();
        // At least the corners of the coarse cells: 1 and every 1,048,576 t after it (2^20, about an eighth), and 10,000,000.
        assertThat(rows).hasSizeGreaterThanOrEqualTo(9).hasSizeLessThan(10_000_000);
        long previous = 0;
        for (String row : rows) {
            String[] cells = row.split(",", -1);
            long weight = Long.parseLong(cells[0]);
            assertThat(weight).as(row).isGreaterThan(previous);
            assertThat(row).isEqualTo(weight + "," + (3 * weight) + ",");
            previous = weight;
        }
        assertThat(rows).contains("1,3,", "10000000,30000000,");
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("sweep stopped: " + rows.size() + " rows written");
    }

    private Process sweep(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
            // A job started in the background of a script inherits SIGINT ignored; a test must not depend on how it was started.
            command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT}='DEFAULT'; exec @ARGV"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WhatIf.class.getName(), "sweep"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private static void interrupt(Process process) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the sweep ended after Ctrl-C").isTrue();
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
