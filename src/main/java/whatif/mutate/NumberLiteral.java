package whatif.mutate;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as written in a condition, moved by one unit of its last written digit: {@code 800}
 * to {@code 799} and {@code 801}, {@code 2.5} to {@code 2.4} and {@code 2.6}, {@code 30d} (a
 * double, or 30 days in a temporal operator) to {@code 29d} and {@code 31d}. The suffix and the
 * exponent stay as written. Hexadecimal and octal numbers are left alone.
 */
final class NumberLiteral {
    /** Digits with an optional fraction, an optional exponent and an optional type suffix. */
    private static final Pattern DECIMAL = Pattern.compile("(\\d*\\.?\\d*)([eE][+-]?\\d+)?([lLfFdD]?)");

    private NumberLiteral() {
    }

    /** The literal moved by {@code steps} units, or empty when it is not a plain decimal number. */
    static Optional<String> moved(String literal, int steps) {
        Matcher m = DECIMAL.matcher(literal);
        String mantissa = m.matches() ? m.group(1) : "";
        if (mantissa.isEmpty() || mantissa.equals(".") || (mantissa.length() > 1 && mantissa.startsWith("0") && !mantissa.startsWith("0."))) {
            return Optional.empty(); // not a number, or an octal one
        }
        int dot = mantissa.indexOf('.');
        int scale = dot < 0 ? 0 : mantissa.length() - dot - 1;
        BigDecimal value = new BigDecimal(mantissa.endsWith(".") ? mantissa + "0" : mantissa);
        BigDecimal moved = value.add(BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(steps))).setScale(scale);
        String digits = moved.toPlainString() + (mantissa.endsWith(".") ? "." : "");
        return Optional.of(digits + (m.group(2) == null ? "" : m.group(2)) + m.group(3));
    }
}
