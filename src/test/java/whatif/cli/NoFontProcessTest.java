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

/**
 * A chart on a machine without fonts, in a real child JVM whose fontconfig lists no font folder:
 * the JDK's font code fails inside, and whatif says so as the machine's problem (exit code 2, a hint
 * to install fonts), not as a bug in whatif. The child gets its own home: the JDK keeps what
 * fontconfig found in {@code ~/.java/fonts} and would otherwise draw with the fonts it found last time.
 */
class NoFontProcessTest {
    private static final String RULES = "src/test/resources/fixtures/verify/rules";
    private static final String PARCEL = "src/test/resources/fixtures/verify/scenarios/a-parcel.yaml";

    @TempDir
    Path dir;

    @Test
    void chartWithoutFontsIsAnErrorTheUserCanFix() throws Exception {
        Path table = Files.writeString(dir.resolve("t.csv"), "x,v\n1,2\n2,3\n3,1\n");
        Path chart = dir.resolve("steps.svg");

        Process process = whatif("chart", table.toString(), "--x", "x", "--value", "v", "-o", chart.toString());

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.INPUT);
        assertNoFontErrorOnly(err, chart);
        assertThat(chart).doesNotExist();
    }

    @Test
    void sweepWithoutFontsKeepsEveryRowAndLosesOnlyTheChart() throws Exception {
        Path rows = dir.resolve("rows.csv");
        Path chart = dir.resolve("bands.png");

        Process process = whatif("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..50:10", "--vary", "Parcel.weightKg=0..50:5",
                "--observe", "Rate.band", "-o", rows.toString(), "--chart", chart.toString());

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.INPUT);
        List<String> lines = Files.readAllLines(rows, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Parcel.lengthCm,Parcel.weightKg,Rate.band,error");
        assertThat(lines).as("a header and 6 x 11 rows").hasSize(1 + 6 * 11);
        assertThat(lines.get(lines.size() - 1)).startsWith("50,50,");
        assertNoFontErrorOnly(err, chart);
        assertThat(chart).doesNotExist();
    }

    /** Ctrl-C comes first: the rows so far are charted, fail on fonts, and the sweep still exits as stopped. */
    @Test
    void aSweepStoppedByCtrlCWhoseChartHasNoFontsExitsAsStopped() throws Exception {
        Path rows = dir.resolve("rows.csv");
        Path chart = dir.resolve("fees.svg");
        Process process = start("sweep", "--rules", "src/test/resources/fixtures/adaptive/rules",
                "src/test/resources/fixtures/adaptive/scenarios/crossing.yaml", "--vary", "Crossing.weightT=1..10000000:1",
                "--observe", "Fee.amount", "--jobs", "2", "-o", rows.toString(), "--chart", chart.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(rows) < 50 && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(lines(rows)).as("rows written before the signal").isGreaterThanOrEqualTo(50);
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the sweep ended after Ctrl-C").isTrue();
        } finally {
            process.destroyForcibly();
        }

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(SweepCommand.INTERRUPTED);
        assertThat(err).contains("sweep stopped: ");
        assertNoFontErrorOnly(err, chart);
        assertThat(chart).doesNotExist();
    }

    /**
     * The no-font error for {@code chart}, with the package to install, not an internal error; and as
     * the command line was right, no usage line and no pointer to the options: the error and its hint only.
     */
    private static void assertNoFontErrorOnly(String err, Path chart) {
        assertThat(err).contains("error: cannot draw the chart `" + chart + "`: Java finds no font on this machine (")
                .contains("fonts-dejavu-core")
                .contains(" = hint: " + ChartFonts.HINT + System.lineSeparator())
                .doesNotContain("internal error", "bug in whatif", "usage:", "lists the options");
    }

    private static long lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    /** whatif in a child JVM whose fontconfig lists no font folder, started and not waited for. */
    private Process start(String... arguments) throws Exception {
        Path fontconfig = Files.writeString(dir.resolve("fonts.conf"), "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
            // A job started in the background of a script inherits SIGINT ignored; a test must not depend on how it was started.
            command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT}='DEFAULT'; exec @ARGV"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), WhatIf.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("FONTCONFIG_FILE", fontconfig.toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private Process whatif(String... arguments) throws Exception {
        Process process = start(arguments);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("whatif ended").isTrue();
        return process;
    }
}
