package whatif.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import whatif.run.FactView;
import whatif.source.Diagnostic;
import whatif.source.Span;

/** The pieces every JSON report writes the same way: a fact's fields, a place in a file, diagnostics. */
final class JsonParts {
    private JsonParts() {
    }

    /** Numbers and booleans as such, enums by name, the rest as text; unset fields as null. */
    static ObjectNode fieldsOf(ObjectMapper mapper, FactView fact) {
        ObjectNode node = mapper.createObjectNode();
        fact.values().forEach((field, value) -> {
            if (value == null) {
                node.putNull(field);
            } else if (value instanceof Number || value instanceof Boolean) {
                node.set(field, mapper.valueToTree(value));
            } else if (value instanceof Enum<?> e) {
                node.put(field, e.name());
            } else {
                node.put(field, value.toString());
            }
        });
        return node;
    }

    /** {@code file} (with forward slashes, so reports match across systems), {@code line}, {@code column}. */
    static void location(ObjectNode node, Span span) {
        node.put("file", span.file().toString().replace('\\', '/'));
        node.put("line", span.line());
        node.put("column", span.column());
    }

    static void diagnostics(ArrayNode array, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            ObjectNode node = array.addObject();
            node.put("severity", d.severity().label());
            node.put("code", d.code());
            location(node, d.span());
            node.put("message", d.message());
            node.put("label", d.label());
            node.put("hint", d.hint());
        }
    }
}
