package whatif.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.VisibleText;

/**
 * Reads the text of a scenario file into {@link Scenario}s. Pure: it opens no file and knows no
 * rules, so it checks the file's shape only; whether types and fields exist is the binder's job.
 * YAML is composed into nodes and never constructed into objects: a scenario file cannot run code.
 * A file that is not YAML, or goes past a {@link ScenarioFileLimits limit}, is not readable: no
 * scenario in it can even be counted.
 */
public final class ScenarioParser {
    static final List<String> SCENARIO_KEYS = List.of("name", "description", "asOf", "given", "timeline", "expect", "variants", "sweep");
    static final List<String> VARIANT_KEYS = List.of("name", "description", "asOf", "change", "add", "remove", "expect");
    static final List<String> CHANGE_KEYS = List.of("type", "where", "set");
    static final List<String> FILE_KEYS = List.of("scenarios");
    static final List<String> STEP_KEYS = List.of("on", "type", "expect");
    static final List<String> EXPECT_KEYS = List.of("facts", "noFacts", "counts", "fired", "notFired");
    static final String TYPE_KEY = "type";
    private static final String SYNTAX_HINT = "check the indentation and the `:` after each key; quote values that contain `: `"
            + " or start with `[`, `{`, `*`, `&` or `!`";

    private ScenarioParser() {
    }

    public static ParsedFile parse(String text, Path origin) {
        Optional<Diagnostic> notYaml = TextProblems.first(text, origin);
        if (notYaml.isPresent()) {
            return unreadable(origin, notYaml.get());
        }
        List<Node> documents;
        try {
            documents = compose(text, origin);
        } catch (LimitExceeded e) {
            return unreadable(origin, e.diagnostic());
        } catch (MarkedYamlEngineException e) {
            return unreadable(origin, malformed(origin, e));
        } catch (YamlEngineException e) {
            return unreadable(origin, Diagnostic.error(DiagnosticCode.YAML_SYNTAX, Span.wholeFile(origin),
                    "malformed YAML: " + VisibleText.of(String.valueOf(e.getMessage()))).withHint(SYNTAX_HINT));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (documents.isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, Span.wholeFile(origin), "the scenario file is empty")
                    .withLabel("expected a scenario: `name:`, `asOf:`, `given:`, `expect:`")
                    .withHint("start with `name:`; see the README's `Writing a scenario`"));
            return new ParsedFile(origin, List.of(), List.of(), diagnostics, true);
        }
        YamlNodes nodes = new YamlNodes(origin, diagnostics);
        if (documents.size() > 1) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, nodes.spanOf(documents.get(1)),
                            "a scenario file holds one YAML document")
                    .withLabel("a second document starts here")
                    .withHint("put several scenarios under `scenarios:` instead of separating them with `---`"));
        }
        ScenarioReader reader = new ScenarioReader(nodes);
        reader.read(documents.get(0));
        return new ParsedFile(origin, reader.scenarios(), reader.rejected(), diagnostics, true);
    }

    static ParsedFile unreadable(Path origin, Diagnostic problem) {
        return new ParsedFile(origin, List.of(), List.of(), List.of(problem), false);
    }

    /** Composes every document; {@link ParserWithLimits} stops one too deep before the composer recurses into it. */
    private static List<Node> compose(String text, Path origin) {
        LoadSettings settings = LoadSettings.builder().setLabel(origin.toString()).setUseMarks(true)
                .setCodePointLimit(ScenarioFileLimits.MAX_CODE_POINTS)
                .setMaxAliasesForCollections(ScenarioFileLimits.MAX_COLLECTION_ALIASES)
                .build();
        Composer composer = new Composer(settings,
                new ParserWithLimits(new ParserImpl(settings, new StreamReader(settings, new PairKeepingReader(text))), origin));
        List<Node> documents = new ArrayList<>();
        composer.forEachRemaining(documents::add);
        return documents;
    }

    private static Diagnostic malformed(Path origin, MarkedYamlEngineException e) {
        String problem = VisibleText.of(String.valueOf(e.getProblem()));
        if (problem.contains("(TAB)")) {
            return Diagnostic.error(DiagnosticCode.YAML_SYNTAX, e.getProblemMark().map(m -> markSpan(origin, m))
                            .orElse(Span.wholeFile(origin)), "malformed YAML: a tab where YAML expects spaces")
                    .withLabel("tabs cannot indent YAML")
                    .withHint("indent with spaces; set your editor to insert spaces in `.yaml` files");
        }
        // At the end of the file the problem is where the unclosed thing began, not where it ends.
        boolean atEnd = (problem.contains("<stream end>") || problem.contains("end of stream")) && e.getContextMark().isPresent();
        Span at = (atEnd ? e.getContextMark() : e.getProblemMark()).map(m -> markSpan(origin, m))
                .orElse(Span.wholeFile(origin));
        return Diagnostic.error(DiagnosticCode.YAML_SYNTAX, at, "malformed YAML: " + problem.replaceFirst("\\.$", ""))
                .withLabel(e.getContext() == null ? "" : VisibleText.of(e.getContext()))
                .withHint(SYNTAX_HINT);
    }

    private static Span markSpan(Path origin, Mark mark) {
        return Span.at(origin, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
