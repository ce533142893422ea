package whatif.assertions;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import whatif.run.FactView;

/**
 * A fact type and field values a fact must hold, in the order they were given. Numbers compare
 * by value (500 matches 500.0), enums by name (the constant or its name as text), other values
 * that are not text by their text (a date and {@code "2024-03-01"}).
 */
record FactPattern(String type, Map<String, Object> fields) {
    FactPattern {
        Objects.requireNonNull(type, "type");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static FactPattern of(String type) {
        return new FactPattern(type, Map.of());
    }

    FactPattern with(String field, Object expected) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(Objects.requireNonNull(field, "field"), expected);
        return new FactPattern(type, more);
    }

    List<FactView> sameType(List<FactView> facts) {
        return facts.stream().filter(f -> f.type().equals(type)).toList();
    }

    List<FactView> matchesIn(List<FactView> facts) {
        return sameType(facts).stream().filter(this::matches).toList();
    }

    /** A field of the pattern that facts of the type do not have, if any such fact exists to tell. */
    Optional<String> unknownField(List<FactView> facts) {
        List<FactView> sameType = sameType(facts);
        return sameType.isEmpty() ? Optional.empty()
                : fields.keySet().stream().filter(f -> !sameType.get(0).values().containsKey(f)).findFirst();
    }

    private boolean matches(FactView fact) {
        return fields.entrySet().stream().allMatch(e -> fact.values().containsKey(e.getKey())
                && same(fact.values().get(e.getKey()), e.getValue()));
    }

    static boolean same(Object actual, Object expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        if (actual instanceof Number a && expected instanceof Number e) {
            return numerically(a, e);
        }
        if (actual instanceof Enum<?> a) {
            return a.name().equals(expected instanceof Enum<?> e ? e.name() : expected.toString());
        }
        if (expected instanceof String text && !(actual instanceof String)) {
            return actual.toString().equals(text);
        }
        return actual.equals(expected);
    }

    private static boolean numerically(Number a, Number e) {
        try {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
        } catch (NumberFormatException notFinite) {
            return Double.compare(a.doubleValue(), e.doubleValue()) == 0;
        }
    }

    /** {@code Fine with item=Dune, amount=2}, or just {@code Fine}. */
    String describe() {
        return fields.isEmpty() ? type : type + " with " + fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + text(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
