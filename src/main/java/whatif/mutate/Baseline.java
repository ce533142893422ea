package whatif.mutate;

import java.util.List;
import java.util.stream.Stream;
import whatif.run.Outcome;
import whatif.scenario.Scenario;

/**
 * Every scenario run against the rule book as written. Mutation testing needs all of them to
 * pass: a scenario that fails already cannot tell a mutant from the real rules. The rules each
 * scenario fired decide which scenarios a mutant of a rule meets first.
 */
public record Baseline(List<Outcome> outcomes) {
    public Baseline {
        outcomes = List.copyOf(outcomes);
    }

    public boolean isGreen() {
        return outcomes.stream().allMatch(Outcome::passed);
    }

    /** The scenarios that did not pass, in input order. */
    public List<Outcome> notPassed() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    public List<Scenario> scenarios() {
        return outcomes.stream().map(Outcome::scenario).toList();
    }

    /** The scenarios in which {@code rule} fired, in input order. */
    public List<Scenario> firing(String rule) {
        return outcomes.stream().filter(o -> o.rulesFired().contains(rule)).map(Outcome::scenario).toList();
    }

    /** Every scenario, those in which {@code rule} fired first: the likeliest to notice a change to it. */
    public List<Scenario> firingFirst(String rule) {
        List<Scenario> firing = firing(rule);
        return Stream.concat(firing.stream(), scenarios().stream().filter(s -> !firing.contains(s))).toList();
    }
}
