package whatif.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A fact in working memory, read out as its type's name and field values in declaration order. */
public record FactView(String type, Map<String, Object> values) implements Comparable<FactView> {
    public FactView {
        Objects.requireNonNull(type, "type");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code Fine{item: Dune, kind: BOOK, amount: 2}}; unset fields are left out. */
    public String describe() {
        StringBuilder out = new StringBuilder(type).append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            out.append(first ? "" : ", ").append(e.getKey()).append(": ").append(ValueText.of(e.getValue()));
            first = false;
        }
        return out.append('}').toString();
    }

    @Override
    public int compareTo(FactView other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : describe().compareTo(other.describe());
    }
}
