package whatif.verify;

import java.util.List;
import java.util.Objects;
import whatif.source.Span;

/**
 * Along one axis, every other axis fixed, an observed field must not go down the given order:
 * with {@code PERMITTED < UNDETERMINED < NOT_PERMITTED} along a weight, a heavier load is never
 * judged better than a lighter one. A value the order does not list is not compared.
 */
public record Monotone(String along, String observe, List<String> order, Span span) implements Invariant {
    public Monotone {
        Objects.requireNonNull(along, "along");
        Objects.requireNonNull(observe, "observe");
        order = List.copyOf(order);
        Objects.requireNonNull(span, "span");
    }

    /** The rank of a value in the order; -1 when not listed. */
    int rank(String value) {
        return order.indexOf(value);
    }

    String observedType() {
        return observe.substring(0, observe.indexOf('.'));
    }

    String observedField() {
        return observe.substring(observe.indexOf('.') + 1);
    }

    @Override
    public String describe() {
        return observe + " never goes down " + String.join(" < ", order) + " as " + along + " grows";
    }
}
