package whatif.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.run.FactView;

/**
 * The same fact in both runs (matched by type and identifying fields) with some fields changed,
 * each side's conclusion, and the changed inputs it rests on in either run.
 */
public record FactChange(FactView before, FactView after, List<FieldChange> fields, Optional<Conclusion> concludedBefore,
                         Optional<Conclusion> concludedAfter, List<InputChange> causes) {
    public FactChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        fields = List.copyOf(fields);
        Objects.requireNonNull(concludedBefore, "concludedBefore");
        Objects.requireNonNull(concludedAfter, "concludedAfter");
        causes = List.copyOf(causes);
    }

    public String type() {
        return before.type();
    }
}
