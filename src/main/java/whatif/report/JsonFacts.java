package whatif.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import whatif.run.FactView;

/** A fact's fields as a JSON object: numbers and booleans as such, enums by name, the rest as text. */
final class JsonFacts {
    private JsonFacts() {
    }

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
}
