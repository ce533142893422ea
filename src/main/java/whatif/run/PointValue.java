package whatif.run;

import java.util.Objects;

/** A value a point gives one {@link Input} of a prepared scenario, in place of the scenario's own. */
public record PointValue(Input input, Object value) {
    public PointValue {
        Objects.requireNonNull(input, "input");
        input.check(value);
    }
}
