package whatif.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import whatif.run.FactView;
import whatif.run.ValueText;

/** A type and field values, as a scenario writes them: {@code Verdict{value: PERMITTED}}. Matches by text. */
public record FactSelector(String type, Map<String, String> fields) {
    public FactSelector {
        Objects.requireNonNull(type, "type");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean matches(FactView fact) {
        if (!fact.type().equals(type)) {
            return false;
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Object value = fact.values().get(field.getKey());
            if (value == null || !ValueText.of(value).equals(field.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** {@code Verdict{value: PERMITTED}}; the type alone when no field is given. */
    public String describe() {
        if (fields.isEmpty()) {
            return type;
        }
        StringBuilder out = new StringBuilder(type).append('{');
        fields.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ").append(k).append(": ").append(v));
        return out.append('}').toString();
    }
}
