package whatif.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A field of a type declared in DRL, and how a value written in a scenario becomes a value of
 * the field's type: int, long, double, boolean, String, LocalDate or a declared enum.
 */
public record DeclaredField(String name, Class<?> type) {
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
            return "one of " + whatif.source.Suggestions.quoted(constants());
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
        try {
            if (t == String.class) {
                return text;
            }
            if (t == Integer.class) {
                return Integer.valueOf(trimmed.replace("_", ""));
            }
            if (t == Long.class) {
                return Long.valueOf(trimmed.replace("_", ""));
            }
            if (t == Short.class) {
                return Short.valueOf(trimmed);
            }
            if (t == Double.class) {
                return Double.valueOf(trimmed.replace("_", ""));
            }
            if (t == Float.class) {
                return Float.valueOf(trimmed);
            }
            if (t == BigDecimal.class) {
                return new BigDecimal(trimmed);
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
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(expectation(), e);
        }
        throw new IllegalArgumentException(expectation());
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
