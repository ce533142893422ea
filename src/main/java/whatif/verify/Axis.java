package whatif.verify;

import java.util.List;
import java.util.Objects;
import whatif.source.Span;

/**
 * One varied input of a check: {@code asOf}, or a field of a given fact ({@code Proposal.rangeKm}),
 * and the values it takes, in order, as a scenario would write them.
 */
public record Axis(String target, List<String> values, Span span) {
    public static final String AS_OF = "asOf";

    public Axis {
        Objects.requireNonNull(target, "target");
        values = List.copyOf(values);
        Objects.requireNonNull(span, "span");
    }

    /**
     * The axis over a range such as {@code 0..1000:50} or {@code 1979-06-01..2021-06-01:6m}.
     *
     * @throws IllegalArgumentException saying what a range looks like, when {@code range} is not one
     */
    public static Axis of(String target, String range, Span span) {
        AxisValues.Result values = AxisValues.of(range);
        if (!values.isValid()) {
            throw new IllegalArgumentException("`" + range + "`: " + values.problem());
        }
        return new Axis(target, values.values(), span);
    }

    public boolean isAsOf() {
        return target.equals(AS_OF);
    }

    /** {@code Proposal} of {@code Proposal.rangeKm}. */
    public String type() {
        return target.substring(0, target.indexOf('.'));
    }

    /** {@code rangeKm} of {@code Proposal.rangeKm}. */
    public String field() {
        return target.substring(target.indexOf('.') + 1);
    }
}
