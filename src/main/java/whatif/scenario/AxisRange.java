package whatif.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The values an axis of a sweep takes: {@code FROM..TO:STEP}, numbers or dates, TO included when
 * the steps reach it; or, as a verify file may write them, a list of values in their order.
 */
public sealed interface AxisRange {
    /**
     * Numbers from {@code from} by {@code step}; whole when all three are written without a
     * decimal point, so that the values stay integers.
     */
    record Numbers(BigDecimal from, BigDecimal to, BigDecimal step, boolean whole) implements AxisRange {
        public Numbers {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(step, "step");
            if (step.signum() <= 0 || to.compareTo(from) < 0) {
                throw new IllegalArgumentException("expected from <= to and a positive step, got " + from + ".." + to + ":" + step);
            }
        }
    }

    /** Dates from {@code from} by a period of days, weeks, months or years ({@code 1d}, {@code 2w}, {@code 1m}, {@code 1y}). */
    record Dates(LocalDate from, LocalDate to, Period step) implements AxisRange {
        public Dates {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(step, "step");
            if (step.isZero() || step.isNegative() || to.isBefore(from)) {
                throw new IllegalArgumentException("expected from <= to and a positive step, got " + from + ".." + to + ":" + step);
            }
        }
    }

    /** Values listed one by one ({@code [A, B, C]}), as text a scenario would write, in the order given. */
    record Listed(java.util.List<String> values) implements AxisRange {
        public Listed {
            values = java.util.List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("expected at least one value");
            }
        }
    }
}
