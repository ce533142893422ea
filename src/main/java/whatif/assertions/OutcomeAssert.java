package whatif.assertions;

import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.Status;

/**
 * Fluent assertions on a scenario's {@link Outcome}:
 * <pre>
 * assertThat(outcome).passed()
 *     .hasFact("Violation").with("limit", "PAYLOAD").with("excessKg", 500)
 *     .and().hasFired("payload limit of the 2012 guideline");
 * </pre>
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

    OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }

    /** Every expectation the scenario states held. */
    public OutcomeAssert passed() {
        return hasStatus(Status.PASSED, "passed");
    }

    /** An expectation the scenario states did not hold. */
    public OutcomeAssert failed() {
        return hasStatus(Status.FAILED, "failed");
    }

    public OutcomeAssert hasStatus(Status status) {
        return hasStatus(status, status.label());
    }

    private OutcomeAssert hasStatus(Status status, String word) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage(OutcomeMessages.shouldHaveStatus(actual, word));
        }
        return this;
    }

    /** A fact of the type is in working memory; narrow it down with {@link FactAssert#with}. */
    public FactAssert hasFact(String type) {
        isNotNull();
        FactAssert fact = new FactAssert(this, actual.factsOfType(type), type, true);
        fact.verify();
        return fact;
    }

    /** No fact of the type at all. */
    public OutcomeAssert hasNoFact(String type) {
        return hasNoFact(type, Map.of());
    }

    /** No fact of the type holds all of these field values (others of the type may exist). */
    public OutcomeAssert hasNoFact(String type, Map<String, ?> fields) {
        isNotNull();
        FactAssert pattern = new FactAssert(this, actual.factsOfType(type), type, false);
        fields.keySet().stream().sorted().forEach(field -> pattern.narrow(field, fields.get(field)));
        pattern.verify();
        return this;
    }

    public OutcomeAssert hasFactCount(String type, int expected) {
        isNotNull();
        List<FactView> facts = actual.factsOfType(type);
        if (facts.size() != expected) {
            failWithMessage(OutcomeMessages.shouldHaveCount(type, expected, facts));
        }
        return this;
    }

    public OutcomeAssert hasFired(String rule) {
        isNotNull();
        if (!actual.rulesFired().contains(rule)) {
            failWithMessage(OutcomeMessages.shouldHaveFired(rule, actual.rulesFired()));
        }
        return this;
    }

    public OutcomeAssert hasNotFired(String rule) {
        isNotNull();
        if (actual.rulesFired().contains(rule)) {
            failWithMessage(OutcomeMessages.shouldNotHaveFired(rule));
        }
        return this;
    }

    /** The rules first fired in this relative order (others may fire in between). */
    public OutcomeAssert hasFiredInOrder(String... rules) {
        isNotNull();
        List<String> fired = actual.rulesFired();
        List<String> expected = Arrays.asList(rules);
        List<Integer> positions = new ArrayList<>();
        expected.forEach(rule -> positions.add(fired.indexOf(rule)));
        boolean inOrder = !positions.contains(-1);
        for (int i = 1; inOrder && i < positions.size(); i++) {
            inOrder = positions.get(i - 1) < positions.get(i);
        }
        if (!inOrder) {
            failWithMessage(OutcomeMessages.shouldHaveFiredInOrder(expected, fired));
        }
        return this;
    }
}
