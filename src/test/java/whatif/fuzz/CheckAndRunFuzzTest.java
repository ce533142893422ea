package whatif.fuzz;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated scenario files through {@code check}, {@code run} and {@code run --format json},
 * in-process, against the rules they were written for: the shipped rules for the shipped
 * scenarios, the traffic fixture's for the fixtures. Each holds {@link CommandProperty}.
 *
 * <p>Compiling the rules dominates (about 0.3 s for a fixture, 1.2 s for the shipped rules), so
 * mutants go in batches: one folder of several files per command, which also checks that one
 * bad file leaves the others reported. A batch that fails is taken apart to find the file that
 * fails alone, which is then shrunk. The longer run is described on {@link ScenarioParserFuzzTest};
 * here {@code whatif.fuzz.tries.cli} counts files.
 */
class CheckAndRunFuzzTest {
    private static final String PROPERTY = "cli";
    private static final FuzzSettings SETTINGS = FuzzSettings.of(PROPERTY, 48);
    private static final int FILES_PER_BATCH = 8;
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Shrinker SHRINKER = new Shrinker(Duration.ofSeconds(30), Duration.ofSeconds(60));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> checkAndRunReportEveryMutantAndNeverFailInside() {
        int batches = (SETTINGS.tries() + FILES_PER_BATCH - 1) / FILES_PER_BATCH;
        return IntStream.range(0, batches).mapToObj(b -> {
            Corpus.Book book = b % 3 == 2 ? Corpus.SHIPPED : Corpus.TRAFFIC;
            return dynamicTest("batch " + b + " against the " + book.name() + " rules", () -> holds(b, book));
        });
    }

    private void holds(int batch, Corpus.Book book) throws IOException {
        List<FuzzInput> inputs = inputs(batch, book);
        Path folder = write(inputs, dir.resolve("batch-" + batch));
        long size = inputs.stream().mapToLong(i -> i.bytes().length).sum();
        Command worstCommand = null;
        Finding worst = null;
        Set<String> all = new LinkedHashSet<>();
        for (Command command : commands(book.rules(), folder)) {
            for (Finding finding : CommandProperty.findings(command, LIMIT, size)) {
                all.add(finding.toString());
                if (worst == null || CommandProperty.severity(finding) < CommandProperty.severity(worst)) {
                    worst = finding;
                    worstCommand = command;
                }
            }
        }
        if (worst != null) {
            fail(String.join("\n", all) + "\n" + explain(batch, inputs, worstCommand, worst));
        }
    }

    private static List<FuzzInput> inputs(int batch, Corpus.Book book) {
        List<FuzzInput> inputs = new ArrayList<>();
        for (int k = 0; k < FILES_PER_BATCH; k++) {
            int index = batch * FILES_PER_BATCH + k;
            SplittableRandom random = SETTINGS.random(index);
            List<FuzzInput> seeds = book.scenarioFiles().stream().map(Corpus::seed)
                    .map(seed -> ScenarioNames.suffixed(seed, "(mutant " + index + ")")).toList();
            inputs.add(Mutator.next(seeds, random, Language.YAML));
        }
        return inputs;
    }

    static List<Command> commands(Path rules, Path scenarios) {
        String r = rules.toString();
        String s = scenarios.toString();
        return List.of(Command.of("check", "--rules", r, s),
                Command.of("run", "--rules", r, "--max-firings", "1000", "--timeout-seconds", "5", s),
                Command.of("run", "--rules", r, "--max-firings", "1000", "--timeout-seconds", "5", "--format", "json", s));
    }

    private static Path write(List<FuzzInput> inputs, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int k = 0; k < inputs.size(); k++) {
            Files.write(folder.resolve("mutant-" + k + ".yaml"), inputs.get(k).bytes());
        }
        return folder;
    }

    /**
     * Which file fails alone, shrunk; or the whole batch when none does. A raw control character
     * is not worth the time: the line it is in, in the finding, shows where it came from.
     */
    private String explain(int batch, List<FuzzInput> inputs, Command failed, Finding found) {
        StringBuilder message = new StringBuilder("worst: " + found + "\n  " + failed.shown());
        for (int k = 0; k < inputs.size() && !CommandProperty.isOnlyAControlCharacter(found); k++) {
            int index = batch * FILES_PER_BATCH + k;
            FuzzInput input = inputs.get(k);
            if (!sameFinding(input.bytes(), failed, found, dir.resolve("alone-" + index))) {
                continue;
            }
            byte[] smallest = found.kind().contains("did not finish") ? input.bytes()
                    : SHRINKER.shrink(input.bytes(), c -> sameFinding(c, failed, found, dir.resolve("shrink-" + index)));
            return message + "\n  " + SETTINGS.replay(PROPERTY, index) + "\n  input: " + input.describe()
                    + "\n  " + Shrinker.shown(input.bytes(), smallest);
        }
        message.append(CommandProperty.isOnlyAControlCharacter(found) ? "\n  the batch (" : "\n  no file fails alone; the batch (").append(SETTINGS.replay(PROPERTY, batch * FILES_PER_BATCH)).append("):");
        inputs.forEach(input -> message.append("\n  - ").append(input.describe()));
        return message.toString();
    }

    /** Whether one file, alone in a folder, makes the same command fail the same way. */
    private static boolean sameFinding(byte[] file, Command failed, Finding found, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("mutant.yaml"), file);
            List<String> args = new ArrayList<>(failed.args());
            args.set(args.size() - 1, folder.toString());
            return CommandProperty.check(new Command(args), LIMIT, file.length).map(f -> f.kind().equals(found.kind())).orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
