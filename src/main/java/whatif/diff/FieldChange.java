package whatif.diff;

import java.util.Objects;

/** One field of a fact whose value differs between the two runs; a value is null where the field is unset. */
public record FieldChange(String field, Object before, Object after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
