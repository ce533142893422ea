package whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.ScenarioChecker;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;

/**
 * Bad input, case by case. Each fixture folder under {@code fixtures/diagnostics/} holds rules
 * and scenarios with their expected diagnostics written beside the problem, as Error Prone's
 * positive cases do: {@code # expect: WI0207 6:5 did you mean `speedKmh`?} (or {@code //} in DRL)
 * says that this file has a diagnostic with that code at that line and column whose text contains
 * the rest. Every diagnostic must be expected, and every expectation met.
 */
class DiagnosticFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures/diagnostics");
    private static final Pattern EXPECT = Pattern.compile("(?:#|//) expect: (WI\\d{4}) (\\d+):(\\d+) (.+)$");

    record Expected(Path file, String code, int line, int column, String text) {
        boolean isMetBy(Diagnostic d) {
            String all = d.message() + " | " + d.label() + " | " + d.hint();
            return d.span().file().equals(file) && d.code().equals(code) && d.span().line() == line
                    && d.span().column() == column && all.contains(text);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDiagnosticIsExpectedAndEveryExpectationMet(String name) throws IOException {
        Path folder = ROOT.resolve(name);
        List<Diagnostic> actual = diagnosticsOf(folder);
        List<Expected> expected = expectationsIn(folder);

        assertThat(expected).as("fixture %s states its expectations", name).isNotEmpty();
        for (Expected e : expected) {
            assertThat(actual).as("expected %s in %s; got%n%s", e, name, render(actual)).anyMatch(e::isMetBy);
        }
        for (Diagnostic d : actual) {
            assertThat(expected).as("unexpected diagnostic %s", d.oneLine()).anyMatch(e -> e.isMetBy(d));
            assertThat(d.span().line()).isPositive();
            assertThat(d.span().column()).isPositive();
            assertThat(d.hint()).as("a hint for %s", d.oneLine()).isNotBlank();
        }
    }

    @Test
    void anEmptyRulesFolderIsNamedWithAHint(@TempDir Path empty) {
        Compilation compilation = RuleBookCompiler.compileFolder(empty);

        assertThat(compilation.ruleBook()).isEmpty();
        assertThat(compilation.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0102");
            assertThat(d.message()).isEqualTo("no `.drl` file in rules folder `" + empty + "`");
            assertThat(d.hint()).contains("Writing a rule");
        });
    }

    private static List<Diagnostic> diagnosticsOf(Path folder) {
        Compilation compilation = RuleBookCompiler.compileFolder(folder.resolve("rules"));
        List<Diagnostic> all = new ArrayList<>(compilation.diagnostics());
        Path scenarios = folder.resolve("scenarios");
        if (compilation.ruleBook().isPresent() && Files.isDirectory(scenarios)) {
            ScenarioFiles.Read read = ScenarioFiles.read(List.of(scenarios));
            all.addAll(read.allDiagnostics());
            read.scenarios().forEach(s -> all.addAll(ScenarioChecker.check(compilation.ruleBook().get(), s)));
        }
        return all;
    }

    private static List<Expected> expectationsIn(Path folder) throws IOException {
        List<Expected> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = EXPECT.matcher(line.strip());
                    if (m.matches()) {
                        expected.add(new Expected(file, m.group(1), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)), m.group(4)));
                    }
                }
            }
        }
        return expected;
    }

    private static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append("  ").append(d.oneLine()).append(System.lineSeparator()));
        return out.toString();
    }
}
