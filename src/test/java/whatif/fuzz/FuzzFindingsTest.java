package whatif.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fuzz tests found, shrunk, kept as plain examples through the same properties: they
 * stay checked whatever the generators come to draw, and each names the problem it found. Depths
 * are well past what overflows a stack, which a warm JIT makes deeper.
 *
 * <p>One finding is not kept here because it would cost every build its whole time limit: Drools'
 * DRL parser takes time exponential in a run of {@code [} inside an expression (about doubling
 * every one or two; 26 took over a minute), and cannot be interrupted, e.g.
 * {@code rule "r" when T( x > 1 [[[[[[[[[[[[[[[[[[[[[[[[[[[[ ) then end}.
 */
class FuzzFindingsTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration DRL_LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    static Stream<Named<String>> scenarioFiles() {
        return Stream.of(
                Named.of("an emoji across the YAML reader's 1,024-character window (snakeyaml-engine 2.10)",
                        "\ud83d\ude00".repeat(513)),
                Named.of("flow mappings nested 20,000 deep", "{".repeat(20_000)),
                Named.of("block sequences nested 20,000 deep", "- ".repeat(20_000) + "x\n"),
                Named.of("a node over two lines underlined past the end of the first", "e\n-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void aScenarioFileGivesDiagnosticsInsideIt(String text) throws IOException {
        assertThat(ScenarioFileProperty.check(Bytes.utf8(text), dir.resolve("finding.yaml"))).isEmpty();
    }

    static Stream<Named<String>> scenariosForTheTrafficRules() {
        return Stream.of(
                Named.of("an escape sequence in a quoted line", "name: \u001b[31mred\u001b[0m\nasOf: 2024-01-01\nexpect: {fired: [x]}\n"),
                Named.of("a tab before a key", "name: a tab\n\tasOf: 2024-01-01\n"),
                Named.of("a NUL in a name", "name: a\0b\nasOf: 2024-01-01\nexpect: {fired: [x]}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenariosForTheTrafficRules")
    void checkAndRunReportAScenarioFile(String text) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("finding.yaml"), text);

        for (Command command : CheckAndRunFuzzTest.commands(Corpus.TRAFFIC.rules(), scenarios)) {
            assertThat(CommandProperty.findings(command, LIMIT, text.length())).as(command.shown()).isEmpty();
        }
    }

    static Stream<Named<String>> ruleFiles() {
        return Stream.of(
                Named.of("a pattern opening 5,000 parentheses (the DRL parser overflows its stack)",
                        "rule \"r\"\nwhen\n    Trip" + "(".repeat(5000) + "\nthen\nend\n"),
                Named.of("a DEL character in a syntax error", "givenfacts\u007fsalience\n"),
                Named.of("a NEL (U+0085, a C1 control) in a quoted line", "package p;\ndeclare T\u0085\n    x : int\nend\n"),
                Named.of("a `then` part with a 20,000-term expression (the Java compiler overflows its stack)",
                        "package p;\ndeclare T x : int end\nrule \"r\"\nwhen\n    T()\nthen\n    boolean x = true;\n    boolean y = "
                                + "x && ".repeat(20_000) + "x;\nend\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void checkAndRunReportARuleFile(String drl) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("finding.drl"), drl);

        for (Command command : List.of(Command.of("check", "--rules", rules.toString(), "src/test/resources/fixtures/cli/traffic/scenarios"),
                Command.of("run", "--rules", rules.toString(), "src/test/resources/fixtures/cli/traffic/scenarios"))) {
            assertThat(CommandProperty.findings(command, DRL_LIMIT, drl.length())).as(command.shown()).isEmpty();
        }
    }
}
