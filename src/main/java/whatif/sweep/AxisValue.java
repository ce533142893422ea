package whatif.sweep;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of an axis: its text, which goes into the scenario as if written there, and the
 * value a row holds ({@code Long} for whole numbers, {@code BigDecimal} for others, text for dates).
 */
public record AxisValue(String text, Object cell) {
    public AxisValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cell, "cell");
    }

    static AxisValue of(long whole) {
        return new AxisValue(Long.toString(whole), whole);
    }

    static AxisValue of(BigDecimal number) {
        return new AxisValue(number.toPlainString(), number);
    }

    static AxisValue ofText(String text) {
        return new AxisValue(text, text);
    }
}
