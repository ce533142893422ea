package whatif.run;

import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * Why a scenario could not run to its end: a rule that looped, threw, overflowed the stack, ran
 * out of memory or did not return in time; or, rarely, a bug in whatif itself.
 *
 * @param rule     the rule at fault, or empty when none can be named
 * @param at       where that rule is written, when there is one
 * @param internal true when whatif, not the rules, is at fault
 */
public record RunError(String message, String rule, String hint, Optional<Span> at, boolean internal) {
    public RunError {
        Objects.requireNonNull(message, "message");
        rule = rule == null ? "" : rule;
        hint = hint == null ? "" : hint;
        Objects.requireNonNull(at, "at");
    }

    public RunError(String message, String rule, String hint, Optional<Span> at) {
        this(message, rule, hint, at, false);
    }

    /** An error no rule can be blamed for, or whose rule's place is not known. */
    public RunError(String message, String rule, String hint) {
        this(message, rule, hint, Optional.empty(), false);
    }
}
