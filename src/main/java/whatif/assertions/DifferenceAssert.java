package whatif.assertions;

import java.util.List;
import whatif.diff.FactDifference;

/**
 * A fact that appeared (or disappeared), narrowed field by field: after each {@link #with}, at
 * least one such fact of the type must hold every field given so far; {@link #concludedBy} then
 * asks which rule concluded it. {@link #and()} goes back to the delta.
 */
public final class DifferenceAssert {
    private final DeltaAssert delta;
    private final FactPattern pattern;
    private final boolean appeared;
    private final List<FactDifference> found;

    DifferenceAssert(DeltaAssert delta, FactPattern pattern, boolean appeared, List<FactDifference> found) {
        this.delta = delta;
        this.pattern = pattern;
        this.appeared = appeared;
        this.found = found;
    }

    /** The field holds the value: numbers compare by value (2 matches 2.0), enums by name. */
    public DifferenceAssert with(String field, Object expected) {
        return delta.difference(pattern.with(field, expected), appeared);
    }

    /** One of the facts matched so far was concluded by this rule (in the run that has it). */
    public DifferenceAssert concludedBy(String rule) {
        delta.isDeclaredRule(rule);
        if (found.stream().noneMatch(d -> d.concludedBy().map(c -> c.rule().equals(rule)).orElse(false))) {
            delta.fail(DeltaMessages.shouldBeConcludedBy(pattern, appeared, rule, found));
        }
        return this;
    }

    /** Back to the delta, for more assertions. */
    public DeltaAssert and() {
        return delta;
    }
}
