package whatif.scenario;

import java.util.Objects;
import whatif.source.Span;

/** {@code name: value} inside a fact or matcher; the name's span is where "unknown field" points. */
public record FieldValue(String name, Span nameSpan, Scalar value) {
    public FieldValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameSpan, "nameSpan");
        Objects.requireNonNull(value, "value");
    }
}
