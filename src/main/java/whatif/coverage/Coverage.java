package whatif.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import whatif.rulebook.RuleInfo;
import whatif.run.Outcome;
import whatif.scenario.Scenario;

/**
 * Which rules of a rule book the scenarios of a run fired: every rule, in the book's order, with
 * the scenarios that fired it, and the share of rules fired. A rule counts as fired when it fired
 * at least once in any scenario, whatever the scenario's status: a failed scenario exercised it
 * all the same.
 *
 * @param minimum the share of rules that must fire, in percent, when one is asked for
 */
public record Coverage(List<RuleCoverage> rules, Optional<BigDecimal> minimum) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Coverage {
        rules = List.copyOf(rules);
        Objects.requireNonNull(minimum, "minimum");
        minimum.ifPresent(Coverage::requirePercent);
    }

    /** The coverage of {@code rules} by {@code outcomes}; scenarios are listed in the outcomes' order. */
    public static Coverage of(List<RuleInfo> rules, List<Outcome> outcomes) {
        Map<String, List<Scenario>> firedBy = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            for (String rule : outcome.rulesFired()) {
                firedBy.computeIfAbsent(rule, r -> new ArrayList<>()).add(outcome.scenario());
            }
        }
        List<RuleCoverage> covered = rules.stream()
                .map(rule -> new RuleCoverage(rule, firedBy.getOrDefault(rule.name(), List.of()))).toList();
        return new Coverage(covered, Optional.empty());
    }

    /** The same coverage, to be held against a minimum share of rules fired, in percent (0 to 100). */
    public Coverage withMinimum(BigDecimal percent) {
        return new Coverage(rules, Optional.of(percent));
    }

    public int total() {
        return rules.size();
    }

    public int fired() {
        return (int) rules.stream().filter(RuleCoverage::isFired).count();
    }

    public List<RuleCoverage> neverFired() {
        return rules.stream().filter(r -> !r.isFired()).toList();
    }

    /**
     * The share of rules fired, in percent, rounded down to a tenth, so that 100 means every rule
     * and a report never shows a share the minimum would refuse. A book without rules has nothing
     * left unexercised: 100.
     */
    public BigDecimal percent() {
        if (rules.isEmpty()) {
            return HUNDRED.setScale(1);
        }
        return BigDecimal.valueOf(fired()).multiply(HUNDRED).divide(BigDecimal.valueOf(total()), 1, RoundingMode.DOWN);
    }

    /** {@code 66.6%}. */
    public String percentText() {
        return percent().toPlainString() + "%";
    }

    /** Whether the share fired reaches the minimum, compared exactly (2 of 3 rules meet 66.6 but not 66.7). */
    public boolean meetsMinimum() {
        return minimum.map(min -> rules.isEmpty()
                || BigDecimal.valueOf(fired()).multiply(HUNDRED).compareTo(min.multiply(BigDecimal.valueOf(total()))) >= 0)
                .orElse(true);
    }

    /** {@code 2 of 3 rules fired (66.6%)}. */
    public String sentence() {
        return fired() + " of " + total() + (total() == 1 ? " rule" : " rules") + " fired (" + percentText() + ")";
    }

    /**
     * Why the coverage falls short of its minimum, in one line that names the rules no scenario
     * fired (the first three); empty when it does not fall short.
     */
    public Optional<String> shortfall() {
        if (meetsMinimum()) {
            return Optional.empty();
        }
        List<String> names = neverFired().stream().map(r -> "`" + r.rule().name() + "`").toList();
        String listed = String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
        return Optional.of("rule coverage is " + percentText() + ", below the minimum of "
                + minimum.orElseThrow().stripTrailingZeros().toPlainString() + "%: " + names.size() + " of " + total()
                + (total() == 1 ? " rule" : " rules") + " fired by no scenario (" + listed + ")");
    }

    /** Checks a minimum given by a user: a number from 0 to 100. */
    public static BigDecimal requirePercent(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a coverage minimum is a percentage from 0 to 100, got "
                    + percent.toPlainString());
        }
        return percent;
    }
}
