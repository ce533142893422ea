package whatif.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import whatif.source.Suggestions;

/**
 * A field of a type declared in DRL, and how a value written in a scenario becomes a value of
 * the field's type: int, long, double, boolean, String, LocalDate or a declared enum.
 */
public record DeclaredField(String name, Class<?> type) {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    public DeclaredField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public boolean isEnum() {
        return type.isEnum();
    }

    public boolean isNumber() {
        Class<?> t = boxed(type);
        return Number.class.isAssignableFrom(t);
    }

    public boolean isComparable() {
        return isNumber() || type == LocalDate.class || type == String.class;
    }

    /** The names of the enum's constants, in declaration order; empty for other types. */
    public List<String> constants() {
        if (!isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** What a user should write, for messages: "an integer", "a date (YYYY-MM-DD)", "one of `A`, `B`". */
    public String expectation() {
        Class<?> t = boxed(type);
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class) {
            return "a whole number";
        }
        if (t == Double.class || t == Float.class || t == BigDecimal.class) {
            return "a number";
        }
        if (t == Boolean.class) {
            return "`true` or `false`";
        }
        if (t == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (isEnum()) {
            return "one of " + Suggestions.quoted(constants());
        }
        return t == String.class ? "text" : "a value of type `" + t.getSimpleName() + "`";
    }

    /**
     * Converts the text of a scalar to the field's type.
     *
     * @throws IllegalArgumentException with the expectation as message when it does not fit
     */
    public Object convert(String text) {
        Class<?> t = boxed(type);
        String trimmed = text.strip();
        String number = trimmed.replace("_", "");
        try {
            if (t == String.class) {
                return text;
            }
            if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class) {
                return wholeNumber(t, number);
            }
            if (t == Double.class || t == Float.class || t == BigDecimal.class) {
                // Java's own parsers also take `12.5d`, `0x1p3`, `NaN`: not what a scenario means.
                if (!DECIMAL.matcher(number).matches()) {
                    throw new IllegalArgumentException(expectation());
                }
                return t == Double.class ? Double.valueOf(number) : t == Float.class ? Float.valueOf(number) : new BigDecimal(number);
            }
            if (t == Boolean.class && (trimmed.equals("true") || trimmed.equals("false"))) {
                return Boolean.valueOf(trimmed);
            }
            if (t == LocalDate.class) {
                return LocalDate.parse(trimmed);
            }
            if (isEnum()) {
                return enumConstant(trimmed);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(expectation(), e);
        }
        throw new IllegalArgumentException(expectation());
    }

    /** A whole number of the field's size; one too large says how large it may be. */
    private Object wholeNumber(Class<?> t, String number) {
        if (!WHOLE.matcher(number).matches()) {
            throw new IllegalArgumentException(expectation());
        }
        try {
            return t == Integer.class ? Integer.valueOf(number) : t == Long.class ? Long.valueOf(number)
                    : t == Short.class ? (Object) Short.valueOf(number) : Byte.valueOf(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expectation() + " from " + range(t), e);
        }
    }

    private static String range(Class<?> t) {
        if (t == Integer.class) {
            return Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (t == Long.class) {
            return Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return t == Short.class ? Short.MIN_VALUE + " to " + Short.MAX_VALUE : Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
    }

    private Object enumConstant(String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(expectation());
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        return type == byte.class ? Byte.class : type;
    }
}
