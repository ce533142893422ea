package whatif.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real inputs that mutations start from: the shipped scenarios and rules, and the test
 * fixtures' small rule books with the scenarios written for them. Starting from real files
 * reaches past the YAML and DRL parsers into binding, checking and running, where random text
 * never gets.
 */
final class Corpus {
    static final Path SHIPPED_RULES = Path.of("rules");
    static final Path SHIPPED_SCENARIOS = Path.of("scenarios");
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** A rule book and the scenarios written against it. */
    record Book(String name, Path rules, List<Path> scenarioFiles) {
        Book {
            scenarioFiles = List.copyOf(scenarioFiles);
        }

        List<Path> ruleFiles() {
            return filesUnder(rules, ".drl");
        }
    }

    static final Book SHIPPED = new Book("shipped", SHIPPED_RULES, filesUnder(SHIPPED_SCENARIOS, ".yaml"));
    static final Book TRAFFIC = new Book("traffic", FIXTURES.resolve("cli/traffic/rules"), Stream.of(
                    filesUnder(FIXTURES.resolve("cli/traffic/scenarios"), ".yaml"),
                    filesUnder(FIXTURES.resolve("cli/failing/scenarios"), ".yaml"),
                    filesUnder(FIXTURES.resolve("cli/mixed/scenarios"), ".yaml"),
                    filesUnder(FIXTURES.resolve("diagnostics/scenario-problems/scenarios"), ".yaml"))
            .flatMap(List::stream).toList());
    static final Book LIBRARY = new Book("library", FIXTURES.resolve("junit/library/rules"),
            filesUnder(FIXTURES.resolve("junit/library/scenarios"), ".yaml"));
    static final Book EVENTS = new Book("events", FIXTURES.resolve("run/library/rules"),
            filesUnder(FIXTURES.resolve("junit/library/scenarios"), ".yaml"));
    static final Book RUNTIME = new Book("runtime", FIXTURES.resolve("diagnostics/runtime-errors/rules"),
            filesUnder(FIXTURES.resolve("diagnostics/runtime-errors/scenarios"), ".yaml"));

    /** Small rule books, whose DRL compiles in well under a second. */
    static final List<Book> SMALL_BOOKS = List.of(TRAFFIC, LIBRARY, EVENTS, RUNTIME);

    private Corpus() {
    }

    static FuzzInput seed(Path file) {
        try {
            return FuzzInput.of(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> allScenarioFiles() {
        return Stream.concat(SHIPPED.scenarioFiles().stream(), filesUnder(FIXTURES, ".yaml").stream()).toList();
    }

    static List<Path> filesUnder(Path folder, String extension) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
