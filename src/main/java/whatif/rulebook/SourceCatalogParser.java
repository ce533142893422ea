package whatif.rulebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * Reads a sources file: a YAML list of entries with {@code id} and {@code title} (required) and
 * {@code publisher}, {@code date}, {@code url}, {@code supports}. Composed into nodes, never into
 * objects, like scenario files. Pure: the caller reads the file.
 */
final class SourceCatalogParser {
    static final List<String> KEYS = List.of("id", "title", "publisher", "date", "url", "supports");

    private final Path file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private SourceCatalogParser(Path file) {
        this.file = file;
    }

    record Parsed(SourceCatalog catalog, List<Diagnostic> diagnostics) {
    }

    static Parsed parse(String text, Path file) {
        SourceCatalogParser parser = new SourceCatalogParser(file);
        List<CitedSource> sources = parser.sources(text);
        return new Parsed(new SourceCatalog(sources, true), List.copyOf(parser.diagnostics));
    }

    private List<CitedSource> sources(String text) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            report(e.getProblemMark().map(this::spanOf).orElse(Span.wholeFile(file)),
                    "malformed YAML in the sources file: " + e.getProblem(), "check the indentation and the `:` after each key");
            return List.of();
        } catch (YamlEngineException e) {
            report(Span.wholeFile(file), "the sources file cannot be read: " + e.getMessage(), "");
            return List.of();
        }
        if (root.isEmpty() || !(root.get() instanceof SequenceNode list)) {
            report(Span.wholeFile(file), "the sources file must be a list of sources",
                    "start each source with `- id: ...` and give it a `title:`");
            return List.of();
        }
        List<CitedSource> sources = new ArrayList<>();
        Map<String, Span> seen = new HashMap<>();
        for (Node item : list.getValue()) {
            source(item).ifPresent(source -> {
                Span first = seen.putIfAbsent(source.id(), source.span());
                if (first != null) {
                    report(source.span(), "two sources have the id `" + source.id() + "`; the first is at " + first,
                            "give each source its own id");
                } else {
                    sources.add(source);
                }
            });
        }
        return sources;
    }

    private Optional<CitedSource> source(Node item) {
        if (!(item instanceof MappingNode mapping)) {
            report(spanOf(item), "a source must be a mapping of `id`, `title`, ...", "write `- id: S1` and `title: ...`");
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Span> spans = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || !(tuple.getValueNode() instanceof ScalarNode value)) {
                report(spanOf(tuple.getKeyNode()), "a source's keys and values are plain text", "");
                continue;
            }
            if (!KEYS.contains(key.getValue())) {
                report(spanOf(key), "unknown key `" + key.getValue() + "` in a source",
                        Suggestions.hint(key.getValue(), KEYS));
                continue;
            }
            // `date: null` (or `~`) in YAML says there is none: not the text "null".
            values.put(key.getValue(), value.getTag().equals(Tag.NULL) ? "" : value.getValue().strip());
            spans.put(key.getValue(), spanOf(value));
        }
        for (String required : List.of("id", "title")) {
            if (values.getOrDefault(required, "").isEmpty()) {
                report(spanOf(mapping), "a source has no `" + required + "`", "give every source an `id` and a `title`");
                return Optional.empty();
            }
        }
        return Optional.of(new CitedSource(values.get("id"), values.get("title"), values.get("publisher"),
                values.get("date"), values.get("url"), values.get("supports"), spans.get("id")));
    }

    private void report(Span span, String message, String hint) {
        diagnostics.add(Diagnostic.error(DiagnosticCode.BAD_SOURCES_FILE, span, message).withHint(hint));
    }

    private Span spanOf(Node node) {
        return node.getStartMark().map(this::spanOf).orElse(Span.wholeFile(file));
    }

    private Span spanOf(Mark mark) {
        return Span.at(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
