package whatif.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * A fact written in a scenario: {@code type:} and field values. The same shape serves a fact
 * to insert ({@code given}, {@code timeline}) and a pattern to match ({@code expect.facts}), where
 * a value may be a comparison such as {@code "< 600"}.
 */
public record FactSpec(Scalar type, List<FieldValue> fields, Span span) {
    public FactSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        fields = List.copyOf(fields);
    }

    public String typeName() {
        return type.text();
    }

    public Optional<FieldValue> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The fact with {@code text} as the value of {@code field}: in place of the value written,
     * pointing where that was written, or, for a field the fact leaves out, added at its end and
     * pointing at the fact, as a variant's {@code change:} puts its values in.
     */
    public FactSpec withValue(String field, String text) {
        List<FieldValue> changed = new java.util.ArrayList<>(fields);
        for (int i = 0; i < changed.size(); i++) {
            FieldValue written = changed.get(i);
            if (written.name().equals(field)) {
                changed.set(i, new FieldValue(field, written.nameSpan(), Scalar.of(text, written.value().span())));
                return new FactSpec(type, changed, span);
            }
        }
        changed.add(new FieldValue(field, span, Scalar.of(text, span)));
        return new FactSpec(type, changed, span);
    }

    /** {@code Fine{kind: BOOK, amount: 2}}, as the user wrote it. */
    public String describe() {
        StringBuilder out = new StringBuilder(type.text()).append('{');
        for (int i = 0; i < fields.size(); i++) {
            FieldValue f = fields.get(i);
            out.append(i == 0 ? "" : ", ").append(f.name()).append(": ").append(f.value().text());
        }
        return out.append('}').toString();
    }
}
