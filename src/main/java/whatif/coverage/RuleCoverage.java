package whatif.coverage;

import java.util.List;
import java.util.Objects;
import whatif.rulebook.RuleInfo;
import whatif.scenario.Scenario;

/**
 * One rule of the book and the scenarios that fired it, in report order; none when no scenario
 * did.
 */
public record RuleCoverage(RuleInfo rule, List<Scenario> firedBy) {
    public RuleCoverage {
        Objects.requireNonNull(rule, "rule");
        firedBy = List.copyOf(firedBy);
    }

    public boolean isFired() {
        return !firedBy.isEmpty();
    }
}
