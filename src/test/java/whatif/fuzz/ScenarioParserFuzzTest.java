package whatif.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated scenario files, read as {@code run} and {@code check} read them: every one
 * gives scenarios or diagnostics inside the file, never an escaped exception, within bounded time
 * and memory (see {@link ScenarioFileProperty}). The inputs start from every scenario file of the
 * project, shipped and fixtures, damaged by {@link Mutation}s; one in ten is text from nothing.
 *
 * <p>{@code mvn verify} runs the whole fuzz suite from a fixed seed and few cases: 400 scenario
 * files here, 48 through the commands ({@link CheckAndRunFuzzTest}), 8 rule books
 * ({@link RuleBookFuzzTest}). Before a release, run it longer and from a new seed:
 * <pre>
 * mvn verify -Dtest='whatif.fuzz.**' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dwhatif.fuzz.seed=random -Dwhatif.fuzz.tries=2000 -Dwhatif.fuzz.tries.drl=200
 * </pre>
 * About 20 minutes on a quiet two-core machine (estimated from 2,000 parse, 240 command and 60
 * rule-book cases, which took 3 min 46 s of CPU). {@code whatif.fuzz.tries.parse}, {@code .cli}
 * and {@code .drl} set one property's count; {@code whatif.fuzz.tries} sets them all. A case that
 * Drools' DRL parser cannot finish (runs of {@code [}, see {@link FuzzFindingsTest}) keeps a core
 * busy to the end of the run.
 *
 * <p>A failure names its case and seed, shows the input shrunk to what still fails (within a time
 * budget), and says how to replay it, e.g. {@code -Dwhatif.fuzz.seed=S -Dwhatif.fuzz.tries.parse=N}.
 * Keep what it found as an example in {@link FuzzFindingsTest}.
 */
class ScenarioParserFuzzTest {
    private static final String PROPERTY = "parse";
    private static final FuzzSettings SETTINGS = FuzzSettings.of(PROPERTY, 400);
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Shrinker SHRINKER = new Shrinker(Duration.ofSeconds(5), Duration.ofSeconds(20));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> anyScenarioFileGivesScenariosOrDiagnosticsInsideIt() {
        List<FuzzInput> seeds = Corpus.allScenarioFiles().stream().map(Corpus::seed).toList();
        return IntStream.range(0, SETTINGS.tries()).mapToObj(i -> {
            FuzzInput input = Mutator.next(seeds, SETTINGS.random(i), Language.YAML);
            return dynamicTest(CaseName.of(i, input), () -> holds(i, input));
        });
    }

    private void holds(int index, FuzzInput input) {
        Path file = dir.resolve("case-" + index + ".yaml");
        Optional<Finding> finding = assertTimeoutPreemptively(LIMIT, () -> ScenarioFileProperty.check(input.bytes(), file),
                () -> "reading took over " + LIMIT.toSeconds() + " s; " + SETTINGS.replay(PROPERTY, index) + "\n  input: "
                        + input.describe() + "\n  " + Escaped.of(input.bytes()));
        finding.ifPresent(found -> {
            byte[] smallest = SHRINKER.shrink(input.bytes(), candidate -> sameFinding(candidate, file, found));
            fail(found + "\n  " + SETTINGS.replay(PROPERTY, index) + "\n  input: " + input.describe()
                    + "\n  " + Shrinker.shown(input.bytes(), smallest));
        });
    }

    private static boolean sameFinding(byte[] candidate, Path file, Finding found) {
        try {
            return ScenarioFileProperty.check(candidate, file).map(f -> f.kind().equals(found.kind())).orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
