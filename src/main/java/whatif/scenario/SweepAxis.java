package whatif.scenario;

import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * One axis of a sweep as written ({@code Trip.speedKmh=0..200:10}, {@code asOf=2012-01-01..2021-12-31:1m}):
 * a field of a given fact, or the scenario's {@code asOf} when {@code field} is empty, and its range.
 *
 * @param span where the axis is written, for a diagnostic about it
 */
public record SweepAxis(Optional<FieldPath> field, AxisRange range, Span span) {
    public static final String AS_OF = "asOf";

    public SweepAxis {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(span, "span");
    }

    public boolean isAsOf() {
        return field.isEmpty();
    }

    /** How rows and {@code --find-boundary} name the axis: {@code Trip.speedKmh}, {@code asOf}. */
    public String name() {
        return field.map(FieldPath::text).orElse(AS_OF);
    }
}
