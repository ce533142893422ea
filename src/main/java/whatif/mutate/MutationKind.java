package whatif.mutate;

/** The ways a rule is changed to see whether a scenario notices. */
public enum MutationKind {
    /** the rule never fires: {@code eval(false)} is its first condition, so its name stays valid */
    RULE_REMOVED("removal"),
    /** a comparison's boundary moved: {@code <} and {@code <=}, {@code >} and {@code >=} swapped */
    OPERATOR_FLIPPED("operator"),
    /** a number in a condition one unit up or down (of its last written digit) */
    NUMBER_MOVED("number"),
    /** a date in a condition one day earlier or later */
    DATE_MOVED("date");

    private final String label;

    MutationKind(String label) {
        this.label = label;
    }

    /** The kind as reports name it: {@code removal}, {@code operator}, {@code number}, {@code date}. */
    public String label() {
        return label;
    }
}
