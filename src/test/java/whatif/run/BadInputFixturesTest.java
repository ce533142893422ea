package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;

/**
 * Bad input, case by case, as the command line meets it: each folder under
 * {@code fixtures/diagnostics/} holds {@code rules/} and {@code scenarios/}, and its files say
 * what must come out, beside the problem, as Error Prone's positive cases do ({@code #} in YAML
 * and Markdown, {@code //} in DRL):
 * <pre>
 * # expect: WI0207 at 6:5 did you mean `speedKmh`?     a diagnostic in this file at 6:5
 * # expect: WI0101 at rules:1:1 does not exist          one at a path of the case's folder
 * # expect: passed                                      the outcome of the scenario named last above
 * # expect: failed nothing to check                     ... failed, a failed check contains the text
 * # expect: invalid                                     ... did not fit the rules
 * # expect: error at rules/x.drl:7:1 a loop?            ... stopped, with the rule's place
 * </pre>
 * The text must appear in the diagnostic's one-line form (message, label and hint). Every
 * diagnostic and every outcome must be expected, and every expectation met; every diagnostic must
 * have a hint, a place from 1:1 and a message in the house style.
 */
class BadInputFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures/diagnostics");
    private static final Pattern EXPECT = Pattern.compile("^\\s*(?:#|//)\\s*expect:\\s*(.+?)\\s*$");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(WI\\d{4}) at (?:(\\S+):)?(\\d+):(\\d+)(?: (.+))?");
    private static final Pattern OUTCOME = Pattern.compile("(passed|failed|invalid|error)(?: at (\\S+):(\\d+):(\\d+))?(?: (.+))?");
    private static final Pattern NAME = Pattern.compile("^\\s*(?:- )?name:");

    record ExpectedDiagnostic(Path file, String code, int line, int column, String text) {
        boolean isMetBy(Diagnostic d) {
            return d.span().file().equals(file) && d.code().equals(code) && d.span().line() == line
                    && d.span().column() == column && d.oneLine().contains(text);
        }
    }

    /** The outcome of the scenario whose {@code name:} is at {@code nameLine} of {@code file}. */
    record ExpectedOutcome(Path file, int nameLine, Status status, Optional<String> at, String text) {
        boolean isMetBy(Outcome o) {
            return o.scenario().file().equals(file) && o.scenario().span().line() == nameLine && o.status() == status
                    && at.map(place -> o.error().flatMap(RunError::at).map(Object::toString).filter(place::equals).isPresent())
                            .orElse(true)
                    && describe(o).contains(text);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDiagnosticAndOutcomeIsExpectedAndEveryExpectationMet(String name) throws IOException {
        Path folder = ROOT.resolve(name);
        List<ExpectedDiagnostic> expectedDiagnostics = new ArrayList<>();
        List<ExpectedOutcome> expectedOutcomes = new ArrayList<>();
        readExpectations(folder, expectedDiagnostics, expectedOutcomes);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Outcome> outcomes = run(folder, diagnostics);

        assertThat(expectedDiagnostics.size() + expectedOutcomes.size()).as("case %s states what it expects", name).isPositive();
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedDiagnostic e : expectedDiagnostics) {
            softly.assertThat(diagnostics).as("%s%ngot:%n%s", e, render(diagnostics)).anyMatch(e::isMetBy);
        }
        for (Diagnostic d : diagnostics) {
            softly.assertThat(expectedDiagnostics).as("unexpected diagnostic %s", d.oneLine()).anyMatch(e -> e.isMetBy(d));
            softly.assertThat(d.hint()).as("a hint for %s", d.oneLine()).isNotBlank();
            softly.assertThat(d.span().line()).as("line of %s", d.oneLine()).isPositive();
            softly.assertThat(d.span().column()).as("column of %s", d.oneLine()).isPositive();
            softly.assertThat(d.message()).as("house style of %s", d.oneLine())
                    .doesNotMatch("^[A-Z][a-z].*").doesNotEndWith(".");
        }
        for (ExpectedOutcome e : expectedOutcomes) {
            softly.assertThat(outcomes).as("%s%ngot:%n%s", e, renderOutcomes(outcomes)).anyMatch(e::isMetBy);
        }
        for (Outcome o : outcomes) {
            softly.assertThat(expectedOutcomes).as("unexpected outcome %s", describe(o)).anyMatch(e -> e.isMetBy(o));
        }
        softly.assertAll();
    }

    /** What {@code whatif run} does: compile the rules, read the scenarios, run each that could be read. */
    private static List<Outcome> run(Path folder, List<Diagnostic> diagnostics) {
        Compilation compilation = RuleBookCompiler.compileFolder(folder.resolve("rules"));
        diagnostics.addAll(compilation.diagnostics());
        ScenarioFiles.Read read = ScenarioFiles.read(List.of(folder.resolve("scenarios")));
        diagnostics.addAll(read.allDiagnostics());
        if (compilation.ruleBook().isEmpty()) {
            return List.of();
        }
        ScenarioRunner runner = new ScenarioRunner();
        List<Outcome> outcomes = read.scenarios().stream().map(s -> runner.run(compilation.ruleBook().get(), s)).toList();
        outcomes.forEach(o -> diagnostics.addAll(o.diagnostics()));
        return outcomes;
    }

    private static void readExpectations(Path folder, List<ExpectedDiagnostic> diagnostics, List<ExpectedOutcome> outcomes)
            throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                int lastName = 0;
                for (int i = 0; i < lines.size(); i++) {
                    lastName = NAME.matcher(lines.get(i)).find() ? i + 1 : lastName;
                    Matcher expect = EXPECT.matcher(lines.get(i));
                    if (!expect.matches()) {
                        continue;
                    }
                    String what = expect.group(1);
                    Matcher d = DIAGNOSTIC.matcher(what);
                    Matcher o = OUTCOME.matcher(what);
                    if (d.matches()) {
                        Path in = d.group(2) == null ? file : folder.resolve(d.group(2));
                        diagnostics.add(new ExpectedDiagnostic(in, d.group(1), Integer.parseInt(d.group(3)),
                                Integer.parseInt(d.group(4)), orEmpty(d.group(5))));
                    } else if (o.matches()) {
                        assertThat(lastName).as("%s:%d: an outcome follows a scenario's `name:`", file, i + 1).isPositive();
                        Optional<String> at = Optional.ofNullable(o.group(2))
                                .map(p -> folder.resolve(p) + ":" + o.group(3) + ":" + o.group(4));
                        outcomes.add(new ExpectedOutcome(file, lastName, Status.valueOf(o.group(1).toUpperCase()), at,
                                orEmpty(o.group(5))));
                    } else {
                        throw new AssertionError(file + ":" + (i + 1) + ": cannot read the expectation `" + what + "`");
                    }
                }
            }
        }
    }

    /** An outcome as one line: status, the failed checks and the error, for matching and for failures. */
    private static String describe(Outcome o) {
        StringBuilder out = new StringBuilder(o.status().label()).append(' ').append(o.scenario().span())
                .append(" `").append(o.scenario().name()).append('`');
        o.failures().forEach(v -> out.append(" | ").append(v.expectation()).append(": expected ").append(v.expected())
                .append(", actual ").append(v.actual()));
        o.error().ifPresent(e -> out.append(" | ").append(e.at().map(Object::toString).orElse("?")).append(' ')
                .append(e.message()).append("; hint: ").append(e.hint()));
        return out.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append("  ").append(d.oneLine()).append(System.lineSeparator()));
        return out.toString();
    }

    private static String renderOutcomes(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        outcomes.forEach(o -> out.append("  ").append(describe(o)).append(System.lineSeparator()));
        return out.toString();
    }
}
