package whatif.assertions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import whatif.run.FactView;

/**
 * A pattern over the facts of one type, narrowed field by field with {@link #with}: at least one
 * fact must match the whole pattern, checked again at each step.
 */
public final class FactAssert {
    private final OutcomeAssert outcome;
    private final List<FactView> facts;
    private final String type;
    private final boolean present;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    FactAssert(OutcomeAssert outcome, List<FactView> facts, String type, boolean present) {
        this.outcome = outcome;
        this.facts = facts;
        this.type = type;
        this.present = present;
    }

    /** The field holds the value: numbers compare by value (500 matches 500.0), enums by name. */
    public FactAssert with(String field, Object expected) {
        narrow(field, expected);
        verify();
        return this;
    }

    void narrow(String field, Object expected) {
        fields.put(field, expected);
    }

    /** Back to the outcome, for more assertions. */
    public OutcomeAssert and() {
        return outcome;
    }

    void verify() {
        List<FactView> matching = facts.stream().filter(this::matches).toList();
        if (present && matching.isEmpty()) {
            throw new AssertionError(String.format(OutcomeMessages.shouldHaveFact(describe(), facts, type)));
        }
        if (!present && !matching.isEmpty()) {
            throw new AssertionError(String.format(OutcomeMessages.shouldNotHaveFact(describe(), matching)));
        }
    }

    private boolean matches(FactView fact) {
        return fields.entrySet().stream().allMatch(e -> fact.values().containsKey(e.getKey())
                && same(fact.values().get(e.getKey()), e.getValue()));
    }

    static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
        }
        if (actual instanceof Enum<?> a) {
            return a.name().equals(expected instanceof Enum<?> e ? e.name() : String.valueOf(expected));
        }
        return Objects.equals(actual, expected);
    }

    private String describe() {
        StringBuilder out = new StringBuilder(type).append('{');
        fields.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ").append(k).append(": ").append(v));
        return out.append('}').toString();
    }
}
