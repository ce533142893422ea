package whatif.scenario;

import java.util.Objects;

/**
 * A value a point of a sweep or a check writes into a scenario in place of its own: the
 * scenario's {@code asOf}, or field {@code field} of its given fact number {@code given}, as text
 * a scenario file would hold.
 *
 * @param given the index of the fact in the scenario's {@code given}, or {@link #AS_OF}
 */
public record WrittenValue(int given, String field, String text) {
    public static final int AS_OF = -1;

    public WrittenValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    public static WrittenValue asOf(String date) {
        return new WrittenValue(AS_OF, "", date);
    }

    public boolean isAsOf() {
        return given == AS_OF;
    }
}
