package whatif.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.rulebook.Vocabulary;

/**
 * Fluent assertions on a scenario's {@link Outcome}. Facts are the ones the rules produced (the
 * given facts are not among them); rules are named as in their {@code rule "..."} line.
 * <pre>
 * assertThat(outcome).passed()
 *     .hasFact("Fine").with("item", "Dune").with("amount", 2)
 *     .and().hasNoFact("Suspension")
 *     .hasFiredInOrder("late dvd", "suspension from ten");
 * </pre>
 * A negative narrowed by fields takes its fields at once, {@code hasNoFact("Fine", Map.of("kind",
 * "DVD"))}: "no fact with all of these" claims less with each field added, so it can only be
 * checked once every field is known, and {@code hasNoFact(type)} therefore offers no {@code with}.
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

    OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }

    /** Every expectation the scenario states held. */
    public OutcomeAssert passed() {
        return hasStatus(Status.PASSED);
    }

    /** An expectation the scenario states did not hold (the rules ran to the end). */
    public OutcomeAssert failed() {
        return hasStatus(Status.FAILED);
    }

    public OutcomeAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithActualExpectedAndMessage(actual.status(), expected, "%s",
                    OutcomeMessages.shouldHaveStatus(actual, expected.label()));
        }
        return this;
    }

    /** The rules produced a fact of the type; narrow it down with {@link FactAssert#with}. */
    public FactAssert hasFact(String type) {
        return hasFact(FactPattern.of(type));
    }

    FactAssert hasFact(FactPattern pattern) {
        isNotNull();
        isDeclared(pattern);
        pattern.unknownField(actual.facts())
                .ifPresent(field -> fail(OutcomeMessages.unknownField(pattern, field, actual.facts())));
        if (pattern.matchesIn(actual.facts()).isEmpty()) {
            fail(OutcomeMessages.shouldHaveFact(pattern, actual.facts()));
        }
        return new FactAssert(this, pattern);
    }

    /** The rules produced no fact of the type at all. */
    public OutcomeAssert hasNoFact(String type) {
        return hasNoFact(FactPattern.of(type));
    }

    /** No fact of the type holds all of these field values; facts of the type with other values may exist. */
    public OutcomeAssert hasNoFact(String type, Map<String, ?> fields) {
        FactPattern pattern = FactPattern.of(type);
        for (String field : fields.keySet().stream().sorted().toList()) {
            pattern = pattern.with(field, fields.get(field));
        }
        return hasNoFact(pattern);
    }

    private OutcomeAssert hasNoFact(FactPattern pattern) {
        isNotNull();
        isDeclared(pattern);
        // A misspelt field matches nothing, which would make this pass whatever the rules did.
        pattern.unknownField(actual.facts())
                .ifPresent(field -> fail(OutcomeMessages.unknownField(pattern, field, actual.facts())));
        List<FactView> matching = pattern.matchesIn(actual.facts());
        if (!matching.isEmpty()) {
            fail(OutcomeMessages.shouldNotHaveFact(pattern, matching));
        }
        return this;
    }

    public OutcomeAssert hasFactCount(String type, int expected) {
        isNotNull();
        isDeclared(FactPattern.of(type));
        List<FactView> facts = actual.factsOfType(type);
        if (facts.size() != expected) {
            failWithActualExpectedAndMessage(facts.size(), expected, "%s",
                    OutcomeMessages.shouldHaveCount(type, expected, facts));
        }
        return this;
    }

    public OutcomeAssert hasFired(String rule) {
        isNotNull();
        isDeclaredRule(rule);
        if (!actual.rulesFired().contains(rule)) {
            fail(OutcomeMessages.shouldHaveFired(rule, actual.rulesFired()));
        }
        return this;
    }

    public OutcomeAssert hasNotFired(String rule) {
        isNotNull();
        isDeclaredRule(rule);
        if (actual.rulesFired().contains(rule)) {
            fail(OutcomeMessages.shouldNotHaveFired(rule, actual.firings()));
        }
        return this;
    }

    /** Each rule fired, and they first fired in this order; other rules may have fired in between. */
    public OutcomeAssert hasFiredInOrder(String... rules) {
        isNotNull();
        if (rules.length == 0) {
            throw new IllegalArgumentException("name at least one rule");
        }
        Arrays.stream(rules).forEach(this::isDeclaredRule);
        List<String> fired = actual.rulesFired();
        List<Integer> positions = new ArrayList<>();
        Arrays.stream(rules).forEach(rule -> positions.add(fired.indexOf(rule)));
        boolean inOrder = !positions.contains(-1);
        for (int i = 1; inOrder && i < positions.size(); i++) {
            inOrder = positions.get(i - 1) < positions.get(i);
        }
        if (!inOrder) {
            fail(OutcomeMessages.shouldHaveFiredInOrder(List.of(rules), fired));
        }
        return this;
    }

    /**
     * A name the rules do not declare would make a negative pass whatever the rules did, and a
     * positive fail with a misleading message: fail at once, as a scenario file would be refused.
     */
    private void isDeclared(FactPattern pattern) {
        Vocabulary names = actual.vocabulary();
        if (!names.hasType(pattern.type())) {
            fail(OutcomeMessages.unknownType(pattern.type(), names));
        }
        names.fieldsOf(pattern.type()).ifPresent(fields -> pattern.fields().keySet().stream()
                .filter(field -> !fields.contains(field)).findFirst()
                .ifPresent(field -> fail(OutcomeMessages.undeclaredField(pattern.type(), field, fields))));
    }

    private void isDeclaredRule(String rule) {
        if (!actual.vocabulary().hasRule(rule)) {
            fail(OutcomeMessages.unknownRule(rule, actual.vocabulary()));
        }
    }

    /** Fails with the message as it is (no format), keeping any description given with {@code as(...)}. */
    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
