package whatif.fuzz;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated rule books through {@code check} and {@code run}, in-process: one file of a small rule
 * book damaged by {@link Mutation}s (or replaced by random DRL-ish text), the book's other files
 * and its scenarios as they are. Each command holds {@link CommandProperty}: whatever the DRL,
 * diagnostics or outcomes, never an internal error, within 20 seconds.
 *
 * <p>Each case compiles the rules twice (about 0.3 s each on a quiet machine), so the default run
 * tries few; the longer run is described on {@link ScenarioParserFuzzTest}, with
 * {@code whatif.fuzz.tries.drl} counting rule books.
 */
class RuleBookFuzzTest {
    private static final String PROPERTY = "drl";
    private static final FuzzSettings SETTINGS = FuzzSettings.of(PROPERTY, 8);
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Shrinker SHRINKER = new Shrinker(Duration.ofSeconds(30), Duration.ofSeconds(60));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> checkAndRunReportAnyRuleBookAndNeverFailInside() {
        return IntStream.range(0, SETTINGS.tries()).mapToObj(i -> {
            SplittableRandom random = SETTINGS.random(i);
            Corpus.Book book = Corpus.SMALL_BOOKS.get(random.nextInt(Corpus.SMALL_BOOKS.size()));
            List<Path> ruleFiles = book.ruleFiles();
            Path damaged = ruleFiles.get(random.nextInt(ruleFiles.size()));
            FuzzInput input = Mutator.next(List.of(Corpus.seed(damaged)), random, Language.DRL);
            return dynamicTest(CaseName.of(i, input), () -> holds(i, book, damaged, input));
        });
    }

    private void holds(int index, Corpus.Book book, Path damaged, FuzzInput input) throws IOException {
        Path caseDir = dir.resolve("case-" + index);
        Path scenarios = copyScenarios(book, caseDir.resolve("scenarios"));
        Set<String> all = new LinkedHashSet<>();
        for (Command command : commands(caseDir.resolve("rules"), scenarios)) {
            // Written again for each command: shrinking the previous one left its last candidate there.
            writeRules(book, damaged, input.bytes(), caseDir.resolve("rules"));
            List<Finding> findings = CommandProperty.findings(command, LIMIT, input.bytes().length);
            findings.forEach(f -> all.add(f.toString()));
            if (!findings.isEmpty()) {
                Finding worst = findings.get(0);
                byte[] smallest = CommandProperty.isOnlyAControlCharacter(worst) || worst.kind().contains("did not finish")
                        ? input.bytes()
                        : SHRINKER.shrink(input.bytes(), c -> sameFinding(c, book, damaged, command, worst, caseDir));
                fail(String.join("\n", all) + "\n  " + command.shown() + "\n  " + SETTINGS.replay(PROPERTY, index)
                        + "\n  input: " + input.describe() + "\n  " + Shrinker.shown(input.bytes(), smallest));
            }
        }
    }

    private static List<Command> commands(Path rules, Path scenarios) {
        String r = rules.toString();
        String s = scenarios.toString();
        return List.of(Command.of("check", "--rules", r, s),
                Command.of("run", "--rules", r, "--max-firings", "1000", "--timeout-seconds", "5", s));
    }

    private static boolean sameFinding(byte[] candidate, Corpus.Book book, Path damaged, Command command, Finding found, Path caseDir) {
        try {
            writeRules(book, damaged, candidate, caseDir.resolve("rules"));
            return CommandProperty.check(command, LIMIT, candidate.length).map(f -> f.kind().equals(found.kind())).orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The book's rule files, {@code damaged} replaced by {@code bytes}, at the same relative paths. */
    private static void writeRules(Corpus.Book book, Path damaged, byte[] bytes, Path to) throws IOException {
        for (Path file : book.ruleFiles()) {
            Path target = to.resolve(book.rules().relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.write(target, file.equals(damaged) ? bytes : Files.readAllBytes(file));
        }
    }

    private static Path copyScenarios(Corpus.Book book, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path file : book.scenarioFiles()) {
            Files.copy(file, to.resolve(file.getParent().getFileName() + "-" + file.getFileName()));
        }
        return to;
    }
}
