package whatif.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of the facts of one type, as a sweep names it: {@code Type.field}, or
 * {@code Type[key=value].field} where only the facts whose {@code key} is written {@code value}
 * are meant (several given facts of one type, told apart by an id).
 */
public record FieldPath(String type, Optional<Selector> where, String field) {
    /** {@code [key=value]}: facts whose field {@code key} has the value written {@code value}. */
    public record Selector(String field, String value) {
        public Selector {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    public FieldPath {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(field, "field");
    }

    /** As written: {@code Trip[id=t1].speedKmh}. */
    public String text() {
        return type + where.map(s -> "[" + s.field() + "=" + s.value() + "]").orElse("") + "." + field;
    }

    @Override
    public String toString() {
        return text();
    }
}
