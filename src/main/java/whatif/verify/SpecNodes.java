package whatif.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Reads the nodes of a verify file, reporting each one of the wrong shape where it is written. */
final class SpecNodes {
    private final Path file;
    private final List<Diagnostic> problems;

    SpecNodes(Path file, List<Diagnostic> problems) {
        this.file = file;
        this.problems = problems;
    }

    Span spanOf(Node node) {
        Optional<Mark> start = node.getStartMark();
        if (start.isEmpty()) {
            return Span.wholeFile(file);
        }
        Optional<Mark> end = node.getEndMark();
        int width = end.isPresent() && end.get().getLine() == start.get().getLine()
                ? Math.max(1, end.get().getColumn() - start.get().getColumn()) : 1;
        return Span.of(file, start.get().getLine() + 1, start.get().getColumn() + 1, width);
    }

    /** A mapping's entries by key, in order; unknown keys are reported with the nearest known one. */
    Optional<Map<String, Node>> mapping(Node node, String what, List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            wrongShape(node, what, "a mapping of " + Suggestions.quoted(allowed));
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = scalar(tuple.getKeyNode(), "a key");
            if (key.isEmpty()) {
                continue;
            }
            if (!allowed.contains(key.get())) {
                problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_KEY, spanOf(tuple.getKeyNode()),
                                "unknown key `" + key.get() + "` in " + what)
                        .withLabel("expected one of " + Suggestions.quoted(allowed))
                        .withHint(Suggestions.hint(key.get(), allowed)));
            } else if (entries.put(key.get(), tuple.getValueNode()) != null) {
                problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, spanOf(tuple.getKeyNode()),
                        "`" + key.get() + "` is written twice in " + what).withLabel("the second one"));
            }
        }
        return Optional.of(entries);
    }

    Optional<String> scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        wrongShape(node, what, "a single value");
        return Optional.empty();
    }

    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        wrongShape(node, what, "a list");
        return List.of();
    }

    List<String> scalars(Node node, String what) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            scalar(item, "an item of " + what).ifPresent(values::add);
        }
        return values;
    }

    /** A required key's node, or a diagnostic at the mapping that lacks it. */
    Optional<Node> required(Map<String, Node> entries, String key, Node owner, String what) {
        Node node = entries.get(key);
        if (node == null) {
            problems.add(Diagnostic.error(DiagnosticCode.MISSING_KEY, spanOf(owner), what + " has no `" + key + "`")
                    .withLabel("`" + key + "` is required here"));
        }
        return Optional.ofNullable(node);
    }

    void error(DiagnosticCode code, Node node, String message, String label, String hint) {
        problems.add(Diagnostic.error(code, spanOf(node), message).withLabel(label).withHint(hint));
    }

    private void wrongShape(Node node, String what, String expected) {
        problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, spanOf(node), what + " is not " + expected)
                .withLabel("expected " + expected));
    }
}
