package whatif.run;

/** How a scenario came out. */
public enum Status {
    /** every expectation held */
    PASSED,
    /** an expectation did not hold, or there was nothing to check */
    FAILED,
    /** the rules could not run the scenario to its end: a loop, or an exception in a consequence */
    ERROR,
    /** the scenario does not fit the rule book: an unknown type, field or rule, a value of the wrong type */
    INVALID;

    /** The status in lower case, as reports print it: {@code passed}, {@code failed}... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
