package whatif.run;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.kie.api.definition.type.FactField;
import whatif.rulebook.DeclaredField;

/**
 * A value of a prepared scenario that a point can change: its {@code asOf}, or a field of one of
 * its given facts. Made by {@link PreparedScenario#input(String)}, which checks the path; a value
 * for it is checked against the field's declared type ({@link #set(Object)}) or converted from
 * text ({@link #parse(String)}), as the scenario's own values are.
 */
public final class Input {
    private final String path;
    /** The index of the given fact, or -1 for asOf. */
    private final int given;
    private final DeclaredField field;
    private final FactField accessor;
    private final Class<?> valueType;

    private Input(String path, int given, DeclaredField field, FactField accessor) {
        this.path = path;
        this.given = given;
        this.field = field;
        this.accessor = accessor;
        this.valueType = boxed(field.type());
    }

    static Input asOf() {
        return new Input("asOf", -1, new DeclaredField("asOf", LocalDate.class), null);
    }

    static Input givenField(String path, int given, DeclaredField field, FactField accessor) {
        return new Input(path, given, field, Objects.requireNonNull(accessor, "accessor"));
    }

    /** As written: {@code asOf}, {@code Proposal.rangeKm}. */
    public String path() {
        return path;
    }

    public boolean isAsOf() {
        return given < 0;
    }

    /** The type its values have: {@code Integer.class} for an {@code int} field, {@code LocalDate.class} for asOf. */
    public Class<?> valueType() {
        return valueType;
    }

    /** The text converted to the field's type, as a scenario's value is converted. */
    public PointValue parse(String text) {
        try {
            return new PointValue(this, isAsOf() ? LocalDate.parse(text.strip()) : field.convert(text));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InputProblem("`" + text + "` does not fit `" + path + "`", "write " + field.expectation());
        }
    }

    /** The value, checked against the field's type. */
    public PointValue set(Object value) {
        return new PointValue(this, value);
    }

    void check(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new InputProblem("`" + path + "` cannot be " + d + ": a scenario cannot write it", "give a finite number");
        }
        if (!valueType().isInstance(value)) {
            throw new InputProblem("`" + path + "` holds " + field.expectation() + " (" + valueType().getSimpleName()
                    + "), not " + (value == null ? "null" : "`" + value + "` (" + value.getClass().getSimpleName() + ")"),
                    "give a value of type " + valueType().getSimpleName() + ", or text to convert with `parse`");
        }
    }

    int given() {
        return given;
    }

    DeclaredField field() {
        return field;
    }

    void setOn(Object fact, Object value) {
        accessor.set(fact, value);
    }

    @Override
    public String toString() {
        return path;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
