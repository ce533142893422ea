package whatif.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a point gave for each {@link Observed} field, in the order they were asked for: the field's
 * value in every fact of its type the rules produced, in working memory at the end of the run (the
 * scenario's own facts left out, as {@link Outcome#facts()} leaves them out), so none, one or several. Several facts of a type come in a fixed order: by the values
 * of that type's observed fields, the first asked for first (nulls first, numbers and dates by
 * value, text by character, enums by declaration order); so the lists of two fields of one type
 * line up fact by fact. When the run ended in an error, the lists are empty and the error says why.
 */
public record Observation(List<List<Object>> values, Optional<RunError> error) {
    public Observation {
        // Lists with nulls (a field left unset) are allowed: wrapped, not copied, as a point's are new.
        List<List<Object>> wrapped = new java.util.ArrayList<>(values.size());
        for (List<Object> list : values) {
            wrapped.add(java.util.Collections.unmodifiableList(list));
        }
        values = java.util.Collections.unmodifiableList(wrapped);
        Objects.requireNonNull(error, "error");
    }

    static Observation failed(int observed, RunError error) {
        return new Observation(java.util.Collections.nCopies(observed, List.of()), Optional.of(error));
    }

    /** The values of the {@code index}-th observed field. */
    public List<Object> valuesOf(int index) {
        return values.get(index);
    }
}
