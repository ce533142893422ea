package whatif.run;

/** How values read in reports: whole doubles without ".0", enums by name. */
public final class ValueText {
    private ValueText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
