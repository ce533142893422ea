package whatif.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

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

    private ScenarioParser() {
    }

    public static ParsedFile parse(String text, Path origin) {
        YamlDocuments composed = YamlDocuments.compose(text, origin, YamlFileKind.SCENARIO);
        if (composed.problem().isPresent()) {
            return unreadable(origin, composed.problem().get());
        }
        List<Node> documents = composed.documents();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (documents.isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, Span.wholeFile(origin), "the scenario file is empty")
                    .withLabel("expected a scenario: `name:`, `asOf:`, `given:`, `expect:`")
                    .withHint("start with `name:`; see the README's `Writing a scenario`"));
            return new ParsedFile(origin, List.of(), List.of(), diagnostics, true);
        }
        YamlNodes nodes = new YamlNodes(origin, diagnostics, YamlFileKind.SCENARIO);
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
}
