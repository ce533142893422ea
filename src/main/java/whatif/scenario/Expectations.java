package whatif.scenario;

import java.util.List;
import whatif.source.Span;

/**
 * What a scenario (or one step of its timeline) expects.
 *
 * @param facts    each must match at least one fact in working memory
 * @param noFacts  none may match any fact
 * @param counts   {@code Type: n} (or a comparison such as {@code ">= 1"}): how many facts of a type
 * @param fired    rules that must have fired (in the whole run, or in the step for a step)
 * @param notFired rules that must not have fired in the same scope
 */
public record Expectations(List<FactSpec> facts, List<FactSpec> noFacts, List<FieldValue> counts,
                           List<Scalar> fired, List<Scalar> notFired, Span span) {
    public Expectations {
        facts = List.copyOf(facts);
        noFacts = List.copyOf(noFacts);
        counts = List.copyOf(counts);
        fired = List.copyOf(fired);
        notFired = List.copyOf(notFired);
    }

    public static Expectations none(Span span) {
        return new Expectations(List.of(), List.of(), List.of(), List.of(), List.of(), span);
    }

    public boolean isEmpty() {
        return facts.isEmpty() && noFacts.isEmpty() && counts.isEmpty() && fired.isEmpty() && notFired.isEmpty();
    }

    public int size() {
        return facts.size() + noFacts.size() + counts.size() + fired.size() + notFired.size();
    }
}
