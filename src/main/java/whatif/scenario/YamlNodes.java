package whatif.scenario;

import java.util.stream.Collectors;
import java.util.Set;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;
import whatif.source.VisibleText;

/**
 * Reads the shape of composed YAML nodes (mappings, sequences, scalars) and reports, at the
 * node's own line and column, every place where the shape is not what the format expects: for
 * scenario files and verify files alike. User text in a message is quoted as {@link VisibleText}.
 */
public final class YamlNodes {
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    // The core schema's tags only; `!!java.lang.Runtime` shares their prefix but is no data type.
    private static final Set<String> DATA_TAGS = Set.of("str", "int", "float", "bool", "null",
            "map", "seq", "timestamp").stream().map(t -> CORE_TAG_PREFIX + t).collect(Collectors.toSet());

    private final Path file;
    private final List<Diagnostic> diagnostics;
    private final YamlFileKind kind;

    /** Reads nodes of {@code file}, a file of {@code kind}, adding each problem to {@code diagnostics}. */
    public YamlNodes(Path file, List<Diagnostic> diagnostics, YamlFileKind kind) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.kind = kind;
    }

    public Span spanOf(Node node) {
        Optional<Mark> start = node.getStartMark();
        if (start.isEmpty()) {
            return Span.wholeFile(file);
        }
        int line = start.get().getLine() + 1;
        int column = start.get().getColumn() + 1;
        // A value folded from several lines is marked at its first character only: its text is not the line's.
        int width = 1;
        Optional<Mark> end = node.getEndMark();
        if (end.isPresent() && end.get().getLine() == start.get().getLine()) {
            width = Math.max(1, end.get().getColumn() - start.get().getColumn());
        }
        return Span.of(file, line, column, width);
    }

    /**
     * The mapping's entries by key, in order. Keys outside {@code allowed} are reported with a
     * "did you mean", duplicate keys too; neither is returned.
     */
    public Map<String, Entry> entries(MappingNode mapping, String where, List<String> allowed) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = scalarText(tuple.getKeyNode(), "a key");
            if (key.isEmpty()) {
                continue;
            }
            Span keySpan = spanOf(tuple.getKeyNode());
            if (!allowed.isEmpty() && !allowed.contains(key.get())) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.UNKNOWN_KEY, keySpan,
                                "unknown key `" + VisibleText.of(key.get()) + "` in " + where)
                        .withLabel("expected one of " + Suggestions.quoted(allowed))
                        .withHint(Suggestions.nearest(key.get(), allowed).map(k -> "did you mean `" + k + "`?")
                                .orElse("see the README's `" + kind.readmeSection() + "` for every key")));
                continue;
            }
            if (entries.containsKey(key.get())) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.UNKNOWN_KEY, keySpan,
                                "key `" + VisibleText.of(key.get()) + "` appears twice in " + where)
                        .withLabel("first written at line " + entries.get(key.get()).keySpan().line())
                        .withHint("keep one of the two"));
                continue;
            }
            entries.put(key.get(), new Entry(key.get(), keySpan, tuple.getValueNode()));
        }
        return entries;
    }

    /** {@code key: value} in a mapping: the key's text and span, and the value's node. */
    public record Entry(String key, Span keySpan, Node value) {
    }

    public Optional<MappingNode> mapping(Node node, String what) {
        if (node instanceof MappingNode m && isStandard(node)) {
            return Optional.of(m);
        }
        wrongShapeOrTag(node, what, Shape.MAPPING);
        return Optional.empty();
    }

    /** A sequence's items; a single item written without the list is not accepted silently. */
    public List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode s && isStandard(node)) {
            return s.getValue();
        }
        if (node instanceof ScalarNode s && isStandard(node) && s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN) {
            return List.of(); // `key:` with nothing after it: an empty list
        }
        wrongShapeOrTag(node, what, Shape.LIST);
        return List.of();
    }

    public Optional<Scalar> scalar(Node node, String what) {
        if (node instanceof ScalarNode s && isStandard(node)) {
            return Optional.of(asScalar(s));
        }
        wrongShapeOrTag(node, what, Shape.VALUE);
        return Optional.empty();
    }

    private Scalar asScalar(ScalarNode node) {
        return new Scalar(node.getValue(), node.getScalarStyle() == ScalarStyle.PLAIN, spanOf(node));
    }

    public Optional<String> scalarText(Node node, String what) {
        return scalar(node, what).map(Scalar::text);
    }

    public List<Scalar> scalars(Node node, String what) {
        List<Scalar> out = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            scalar(item, "an item of " + what).ifPresent(out::add);
        }
        return out;
    }

    public void missing(Span where, String key, String what, String hint) {
        diagnostics.add(Diagnostic.error(DiagnosticCode.MISSING_KEY, where, "missing key `" + key + "` in " + what)
                .withLabel("expected `" + key + ": ...` in " + what)
                .withHint(hint));
    }

    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** How many problems were reported so far, so that a reader can tell whether a part added any. */
    int reported() {
        return diagnostics.size();
    }

    /** The problems reported since {@link #reported()} gave {@code count}. */
    List<Diagnostic> since(int count) {
        return List.copyOf(diagnostics.subList(count, diagnostics.size()));
    }

    /** The plain value under {@code key}, looked at without reporting anything. */
    Optional<Scalar> peekScalar(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && isStandard(k) && k.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .filter(v -> v instanceof ScalarNode && isStandard(v))
                .map(v -> asScalar((ScalarNode) v))
                .findFirst();
    }

    /** The value under {@code key} (the first, where the key is repeated), looked at without reporting anything. */
    Optional<Node> peekValue(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && isStandard(k) && k.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .findFirst();
    }

    /**
     * A tag is checked first, on lists and mappings too: a tagged mapping is still a mapping, and
     * "should be a mapping (found a mapping)" would hide the real problem.
     */
    private void wrongShapeOrTag(Node node, String what, Shape expected) {
        if (!isStandard(node)) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, spanOf(node),
                            "YAML tag `" + VisibleText.of(asWritten(node.getTag().getValue())) + "` is not allowed in " + what)
                    .withLabel("expected plain data: text, numbers, lists and mappings")
                    .withHint(kind.noun() + "s are plain data and never run code: remove the `!` tag"));
            return;
        }
        diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, spanOf(node), what + " should be " + expected.text)
                .withLabel("found " + describe(node))
                .withHint(expected.hint));
    }

    /** The shapes the format expects, each with how to write it. */
    private enum Shape {
        MAPPING("a mapping of `key: value` lines", "write `key: value` lines, indented under their parent"),
        LIST("a list (items starting with `- `)", "start each item on its own line with `- `, or write `[a, b]`"),
        VALUE("a single value", "write one value; quote text that contains `: ` or starts with `[` or `{`");

        private final String text;
        private final String hint;

        Shape(String text, String hint) {
            this.text = text;
            this.hint = hint;
        }
    }

    /** {@code tag:yaml.org,2002:java.lang.Runtime} back to the {@code !!java.lang.Runtime} the user wrote. */
    private static String asWritten(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
    }

    private static boolean isStandard(Node node) {
        return DATA_TAGS.contains(node.getTag().getValue());
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof ScalarNode s ? "`" + VisibleText.of(s.getValue()) + "`" : "something else";
    }
}
