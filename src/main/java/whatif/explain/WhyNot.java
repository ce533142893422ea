package whatif.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.run.FactView;
import whatif.source.Span;

/**
 * Why an expected fact is not there, or an expected rule did not fire: the rules that could have
 * produced it and, for each, the first of its conditions that found nothing at the end of the run,
 * with the facts of that condition's type that came closest (and the constraints they failed).
 *
 * @param expectation what was expected, as the report words it
 * @param problem     set when the analysis itself could not be made, saying why
 */
public record WhyNot(String expectation, Span at, List<Candidate> candidates, Optional<String> problem) {
    public WhyNot {
        Objects.requireNonNull(expectation, "expectation");
        candidates = List.copyOf(candidates);
    }

    /**
     * A rule that could have produced the expected fact (its consequence creates one of that type),
     * or the rule that was expected to fire.
     *
     * @param held    how many of its conditions held, in order, before the blocked one
     * @param blocked the first condition that did not hold; empty when all held at the end
     */
    public record Candidate(String rule, Optional<Span> at, int held, Optional<Blocked> blocked) {
    }

    /**
     * A condition that did not hold.
     *
     * @param negated true for {@code not ...}: it found a fact it must not find
     * @param closest the facts of the condition's type nearest to matching, nearest first
     */
    public record Blocked(String condition, Span at, boolean negated, List<Near> closest) {
        public Blocked {
            closest = List.copyOf(closest);
        }
    }

    /** A fact near a condition, and the constraints of the condition it does not meet. */
    public record Near(FactView fact, List<String> unmet) {
        public Near {
            unmet = List.copyOf(unmet);
        }
    }
}
