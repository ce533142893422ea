package whatif.mutate;

/** What became of a mutant. */
public enum MutantStatus {
    /** a scenario did not pass against it: the scenarios notice this change */
    CAUGHT("caught"),
    /** every scenario passed against it: no scenario notices this change */
    SURVIVED("survived"),
    /** its rules do not compile, so it says nothing about the scenarios; not counted in the score */
    NOT_COMPILED("not-compiled");

    private final String label;

    MutantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
