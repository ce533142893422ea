package whatif.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import whatif.run.FactView;

/**
 * A fact as the diff compares it: enum constants by name. Each rule book compiles its declared
 * enums into classes of its own, so {@code HIGH} under today's rules is not {@code equals} to
 * {@code HIGH} under a draft; by name they are, and reports print an enum by name anyway.
 */
final class ComparableFact {
    private ComparableFact() {
    }

    static FactView of(FactView fact) {
        if (fact.values().values().stream().noneMatch(v -> v instanceof Enum<?>)) {
            return fact;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        fact.values().forEach((field, value) -> values.put(field, value instanceof Enum<?> e ? e.name() : value));
        return new FactView(fact.type(), values);
    }
}
