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
 * YAML text composed into nodes, never constructed into objects (a file whatif reads cannot run
 * code), within the {@link ScenarioFileLimits limits} of a file whatif reads; or, when the text is
 * not YAML or goes past a limit, the one diagnostic that says where. Every YAML file whatif reads
 * (scenarios, a verify file) is composed here, so each gets the same limits and messages.
 */
public record YamlDocuments(List<Node> documents, Optional<Diagnostic> problem) {
    private static final String SYNTAX_HINT = "check the indentation and the `:` after each key; quote values that contain `: `"
            + " or start with `[`, `{`, `*`, `&` or `!`";

    public YamlDocuments {
        documents = List.copyOf(documents);
    }

    /** The text of a file of {@code kind}, composed; {@code kind} names it in a message about a limit. */
    public static YamlDocuments compose(String text, Path origin, YamlFileKind kind) {
        Optional<Diagnostic> notYaml = TextProblems.first(text, origin, kind);
        if (notYaml.isPresent()) {
            return failed(notYaml.get());
        }
        try {
            return new YamlDocuments(nodes(text, origin, kind), Optional.empty());
        } catch (LimitExceeded e) {
            return failed(e.diagnostic());
        } catch (MarkedYamlEngineException e) {
            return failed(malformed(origin, e));
        } catch (YamlEngineException e) {
            return failed(Diagnostic.error(DiagnosticCode.YAML_SYNTAX, Span.wholeFile(origin),
                    "malformed YAML: " + VisibleText.of(String.valueOf(e.getMessage()))).withHint(SYNTAX_HINT));
        }
    }

    private static YamlDocuments failed(Diagnostic problem) {
        return new YamlDocuments(List.of(), Optional.of(problem));
    }

    /** Composes every document; {@link ParserWithLimits} stops one too deep before the composer recurses into it. */
    private static List<Node> nodes(String text, Path origin, YamlFileKind kind) {
        LoadSettings settings = LoadSettings.builder().setLabel(origin.toString()).setUseMarks(true)
                .setCodePointLimit(ScenarioFileLimits.MAX_CODE_POINTS)
                .setMaxAliasesForCollections(ScenarioFileLimits.MAX_COLLECTION_ALIASES)
                .build();
        Composer composer = new Composer(settings,
                new ParserWithLimits(new ParserImpl(settings, new StreamReader(settings, new PairKeepingReader(text))), origin, kind));
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
