package whatif.run;

/**
 * A path or value given for a prepared scenario that does not fit it: an unknown type or field,
 * a type the scenario gives no fact of, or a value of the wrong type. The message says what is
 * wrong, in the words of whatif's diagnostics; the hint what to write instead.
 */
public final class InputProblem extends IllegalArgumentException {
    private final String hint;

    InputProblem(String message, String hint) {
        super(message);
        this.hint = hint == null ? "" : hint;
    }

    /** What to write instead; empty when there is nothing to suggest. */
    public String hint() {
        return hint;
    }
}
