package whatif.assertions;

/**
 * A fact the rules produced, narrowed field by field: after each {@link #with}, at least one fact
 * of the type must hold every field given so far (each step claims less than the next, so
 * checking at each step is sound). {@link #and()} goes back to the outcome.
 * <pre>
 * assertThat(outcome).hasFact("Fine").with("item", "Dune").with("amount", 2)
 *     .and().hasFired("late book");
 * </pre>
 */
public final class FactAssert {
    private final OutcomeAssert outcome;
    private final FactPattern pattern;

    FactAssert(OutcomeAssert outcome, FactPattern pattern) {
        this.outcome = outcome;
        this.pattern = pattern;
    }

    /** The field holds the value: numbers compare by value (2 matches 2.0), enums by name. */
    public FactAssert with(String field, Object expected) {
        return outcome.hasFact(pattern.with(field, expected));
    }

    /** Back to the outcome, for more assertions. */
    public OutcomeAssert and() {
        return outcome;
    }
}
