package whatif.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whatif.rulebook.DeclaredField;
import whatif.scenario.Scalar;

/**
 * What a field must hold for a fact to match: a value ({@code 500}), a comparison
 * ({@code "< 600"}, {@code ">= 1"}, {@code "!= DVD"}), a set ({@code "oneOf [A, B]"}) or, for
 * text, {@code "contains words"}. Operands are converted to the field's declared type.
 */
final class ValueMatcher {
    private static final Pattern COMPARISON = Pattern.compile("^(<=|>=|==|!=|<|>)\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern ONE_OF = Pattern.compile("^oneOf\\s*\\[(.*)]$", Pattern.DOTALL);
    private static final Pattern CONTAINS = Pattern.compile("^contains\\s+(.+)$", Pattern.DOTALL);

    private final String operator;
    private final List<Object> operands;
    private final String written;

    private ValueMatcher(String operator, List<Object> operands, String written) {
        this.operator = operator;
        this.operands = List.copyOf(operands);
        this.written = written;
    }

    /**
     * @throws IllegalArgumentException saying what was expected, when the text does not fit the field
     */
    static ValueMatcher parse(Scalar scalar, DeclaredField field) {
        String text = scalar.text().strip();
        if (scalar.isNull()) {
            return new ValueMatcher("null", List.of(), "null");
        }
        Matcher oneOf = ONE_OF.matcher(text);
        if (oneOf.matches()) {
            List<Object> values = new ArrayList<>();
            for (String item : oneOf.group(1).split(",")) {
                if (!item.isBlank()) {
                    values.add(field.convert(unquote(item.strip())));
                }
            }
            return new ValueMatcher("oneOf", values, text);
        }
        Matcher contains = CONTAINS.matcher(text);
        if (contains.matches() && field.type() == String.class) {
            return new ValueMatcher("contains", List.of(unquote(contains.group(1).strip())), text);
        }
        Matcher comparison = COMPARISON.matcher(text);
        if (comparison.matches()) {
            String op = comparison.group(1);
            if (!op.equals("==") && !op.equals("!=") && !field.isComparable()) {
                throw new IllegalArgumentException("`" + op + "` compares numbers, dates or text; field `"
                        + field.name() + "` holds " + field.expectation());
            }
            return new ValueMatcher(op, List.of(field.convert(unquote(comparison.group(2).strip()))), text);
        }
        return new ValueMatcher("==", List.of(field.convert(scalar.text())), text);
    }

    boolean matches(Object actual) {
        return switch (operator) {
            case "null" -> actual == null;
            case "oneOf" -> actual != null && operands.stream().anyMatch(o -> same(actual, o));
            case "contains" -> actual != null && actual.toString().contains((String) operands.get(0));
            case "==" -> actual != null && same(actual, operands.get(0));
            case "!=" -> actual == null || !same(actual, operands.get(0));
            default -> actual != null && !isNaN(actual) && ordered(compare(actual, operands.get(0)));
        };
    }

    private boolean ordered(int comparison) {
        return switch (operator) {
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            default -> comparison >= 0;
        };
    }

    private static boolean same(Object actual, Object expected) {
        if (isNaN(actual)) {
            return false; // a rule's 0.0/0: not a number, so equal to none (a scenario cannot write NaN)
        }
        if (actual instanceof Number && expected instanceof Number) {
            return compare(actual, expected) == 0;
        }
        return Objects.equals(actual, expected);
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN();
    }

    private static boolean isInfinite(Object value) {
        return value instanceof Double d && d.isInfinite() || value instanceof Float f && f.isInfinite();
    }

    /** Exact for finite numbers of any type; infinities (which BigDecimal cannot hold) compare as doubles. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            if (isInfinite(a) || isInfinite(e)) {
                return Double.compare(a.doubleValue(), e.doubleValue());
            }
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString()));
        }
        return ((Comparable) actual).compareTo(expected);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** As the user wrote it, for "expected" in reports. */
    @Override
    public String toString() {
        return written;
    }
}
