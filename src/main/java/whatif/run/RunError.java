package whatif.run;

import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * Why a scenario could not run to its end: a rule that looped, or one that threw.
 *
 * @param rule the rule at fault, or empty when none can be named
 * @param at   where that rule is written, when there is one
 */
public record RunError(String message, String rule, String hint, Optional<Span> at) {
    public RunError {
        Objects.requireNonNull(message, "message");
        rule = rule == null ? "" : rule;
        hint = hint == null ? "" : hint;
        Objects.requireNonNull(at, "at");
    }

    /** An error no rule can be blamed for, or whose rule's place is not known. */
    public RunError(String message, String rule, String hint) {
        this(message, rule, hint, Optional.empty());
    }
}
