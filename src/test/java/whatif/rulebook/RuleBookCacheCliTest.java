package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import whatif.cli.WhatIf;

/**
 * The policy's whole suite through the command line, as a user runs it: the same bytes with a
 * cold cache, a warm one and none, and a broken entry costs one note on the error stream.
 */
class RuleBookCacheCliTest {
    @TempDir
    Path cache;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run whatif(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WhatIf.commandLine(false);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void runGivesTheSameBytesWithAColdCacheAWarmCacheAndNone() throws IOException {
        Run uncached = whatif("run", "--no-cache", "--format", "json", "scenarios/");
        Run cold = whatif("run", "--cache-dir", cache.toString(), "--format", "json", "scenarios/");
        assertThat(entries()).hasSize(1);
        Run warm = whatif("run", "--cache-dir", cache.toString(), "--format", "json", "scenarios/");

        assertThat(uncached.exitCode()).isZero();
        assertThat(uncached.out()).contains("\"passed\"");
        assertThat(cold).isEqualTo(uncached);
        assertThat(warm).isEqualTo(uncached);
        assertThat(whatif("run", "--cache-dir", cache.toString(), "scenarios/"))
                .isEqualTo(whatif("run", "--no-cache", "scenarios/"));
    }

    @Test
    void checkAndExplainReadTheCacheToo() throws IOException {
        String[] explain = {"explain", "scenarios/seed-claims/one-ton-request.yaml", "--fact", "Verdict",
            "--name", "Seoul's one-ton request breaks the 2012 payload limit by 500 kg"};
        Run checked = whatif("check", "--no-cache");
        Run explained = whatif(append(explain, "--no-cache"));
        assertThat(entries()).isEmpty();

        assertThat(whatif("check", "--cache-dir", cache.toString())).isEqualTo(checked);
        assertThat(entries()).hasSize(1);
        assertThat(whatif(append(explain, "--cache-dir=" + cache))).isEqualTo(explained);
        assertThat(checked.exitCode()).isZero();
        assertThat(explained.out()).contains("Verdict");
        assertThat(explained.exitCode()).isZero();
    }

    @Test
    void aBrokenEntryCostsOneNoteAndChangesNoResult() throws IOException {
        Run expected = whatif("run", "--no-cache", "--rules", "examples/traffic/rules", "examples/traffic/scenarios");
        whatif("run", "--cache-dir", cache.toString(), "--rules", "examples/traffic/rules", "examples/traffic/scenarios");
        Path entry = entries().get(0);
        Files.writeString(entry, "garbage");

        Run run = whatif("run", "--cache-dir", cache.toString(), "--rules", "examples/traffic/rules", "examples/traffic/scenarios");

        assertThat(run.out()).isEqualTo(expected.out());
        assertThat(run.exitCode()).isEqualTo(expected.exitCode());
        assertThat(run.err()).isEqualTo("note: ignored the cached rule book `" + entry
                + "`: it is not a `whatif-rulebook-1` file" + System.lineSeparator());
    }

    private static String[] append(String[] args, String last) {
        return Stream.concat(Stream.of(args), Stream.of(last)).toArray(String[]::new);
    }

    private java.util.List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".rulebook")).toList();
        }
    }
}
