package whatif.fuzz;

/** A dynamic test's name: its index and how its input was made, short enough for a report line. */
final class CaseName {
    private static final int LONGEST = 160;

    private CaseName() {
    }

    static String of(int index, FuzzInput input) {
        String described = input.describe();
        String name = "case " + index + ": " + described;
        return name.length() > LONGEST ? name.substring(0, LONGEST) + "…" : name;
    }
}
