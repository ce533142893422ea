package whatif.assertions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import whatif.diff.Delta;
import whatif.diff.FactDifference;
import whatif.diff.Parting;
import whatif.run.Status;
import whatif.rulebook.Vocabulary;

/**
 * Fluent assertions on a {@link Delta}: what a variant, or a draft rule book, changed.
 * <pre>
 * assertThat(rules.diff(file, "a trip at seventy in town is twenty over the limit / at fifty there is no ticket"))
 *     .disappeared("Ticket").with("excessKmh", 20).concludedBy("town speed limit")
 *     .and().stoppedFiring("town speed limit")
 *     .partsOn("2024-01-01");
 * </pre>
 * Types, fields and rules must be declared by one of the two rule books, so that a misspelt name
 * cannot pass.
 */
public final class DeltaAssert extends AbstractAssert<DeltaAssert, Delta> {

    DeltaAssert(Delta actual) {
        super(actual, DeltaAssert.class);
    }

    /** The outcome moved: the status, a fact the runs end with, or a rule fired. */
    public DeltaAssert hasChanges() {
        isNotNull();
        if (!actual.hasChanges()) {
            fail(DeltaMessages.shouldHaveChanges(actual));
        }
        return this;
    }

    /** The outcome did not move: the same status, the same facts at the end, the same rules fired. */
    public DeltaAssert hasNoChanges() {
        isNotNull();
        if (actual.hasChanges()) {
            fail(DeltaMessages.shouldHaveNoChanges(actual));
        }
        return this;
    }

    public DeltaAssert hasStatuses(Status before, Status after) {
        isNotNull();
        if (actual.before().status() != before || actual.after().status() != after) {
            fail(DeltaMessages.shouldHaveStatuses(actual, before, after));
        }
        return this;
    }

    /** A fact of the type that only the run after ends with; narrow it down with {@link DifferenceAssert#with}. */
    public DifferenceAssert appeared(String type) {
        return difference(FactPattern.of(type), true);
    }

    /** A fact of the type that only the run before ends with. */
    public DifferenceAssert disappeared(String type) {
        return difference(FactPattern.of(type), false);
    }

    DifferenceAssert difference(FactPattern pattern, boolean appeared) {
        isNotNull();
        isDeclared(pattern);
        List<FactDifference> found = matching(pattern, appeared);
        if (found.isEmpty()) {
            fail(DeltaMessages.shouldHaveDifference(actual, pattern, appeared));
        }
        return new DifferenceAssert(this, pattern, appeared, found);
    }

    List<FactDifference> matching(FactPattern pattern, boolean appeared) {
        List<FactDifference> differences = appeared ? actual.appeared() : actual.disappeared();
        return differences.stream().filter(d -> !pattern.matchesIn(List.of(d.fact())).isEmpty()).toList();
    }

    /**
     * No fact of the type appeared, disappeared or changed: both runs end with the same facts of
     * it (the violation that stays, whatever the variant changed).
     */
    public DeltaAssert keeps(String type) {
        isNotNull();
        isDeclared(FactPattern.of(type));
        boolean moved = actual.appeared().stream().anyMatch(d -> d.fact().type().equals(type))
                || actual.disappeared().stream().anyMatch(d -> d.fact().type().equals(type))
                || actual.changed().stream().anyMatch(c -> c.type().equals(type));
        if (moved) {
            fail(DeltaMessages.shouldKeep(actual, type));
        }
        return this;
    }

    /** A fact of the type is in both runs with this field changed from one value to the other. */
    public DeltaAssert changed(String type, String field, Object from, Object to) {
        isNotNull();
        isDeclared(FactPattern.of(type).with(field, from));
        boolean found = actual.changed().stream().filter(c -> c.type().equals(type))
                .flatMap(c -> c.fields().stream())
                .anyMatch(f -> f.field().equals(field) && FactPattern.same(f.before(), from) && FactPattern.same(f.after(), to));
        if (!found) {
            fail(DeltaMessages.shouldHaveChanged(actual, type, field, from, to));
        }
        return this;
    }

    /** The rule fired in the run after and never in the run before. */
    public DeltaAssert startedFiring(String rule) {
        isNotNull();
        isDeclaredRule(rule);
        if (!actual.firedOnlyAfter().contains(rule)) {
            fail(DeltaMessages.shouldHaveFiredOnly(actual, rule, true));
        }
        return this;
    }

    /** The rule fired in the run before and never in the run after. */
    public DeltaAssert stoppedFiring(String rule) {
        isNotNull();
        isDeclaredRule(rule);
        if (!actual.firedOnlyBefore().contains(rule)) {
            fail(DeltaMessages.shouldHaveFiredOnly(actual, rule, false));
        }
        return this;
    }

    /** The first date on which the runs differ, as {@code 2024-01-01}. */
    public DeltaAssert partsOn(String date) {
        return partsOn(LocalDate.parse(date));
    }

    public DeltaAssert partsOn(LocalDate date) {
        isNotNull();
        Optional<LocalDate> on = actual.parting().map(Parting::on);
        if (!on.equals(Optional.of(date))) {
            failWithActualExpectedAndMessage(on.orElse(null), date, "%s", DeltaMessages.shouldPartOn(actual, date));
        }
        return this;
    }

    private void isDeclared(FactPattern pattern) {
        Vocabulary before = actual.before().vocabulary();
        Vocabulary after = actual.after().vocabulary();
        if (!before.hasType(pattern.type()) && !after.hasType(pattern.type())) {
            fail(OutcomeMessages.unknownType(pattern.type(), after.known() ? after : before));
        }
        Vocabulary names = after.hasType(pattern.type()) ? after : before;
        names.fieldsOf(pattern.type()).ifPresent(fields -> pattern.fields().keySet().stream()
                .filter(field -> !fields.contains(field)).findFirst()
                .ifPresent(field -> fail(OutcomeMessages.undeclaredField(pattern.type(), field, fields))));
    }

    void isDeclaredRule(String rule) {
        if (!actual.before().vocabulary().hasRule(rule) && !actual.after().vocabulary().hasRule(rule)) {
            fail(OutcomeMessages.unknownRule(rule, actual.after().vocabulary().known() ? actual.after().vocabulary()
                    : actual.before().vocabulary()));
        }
    }

    /** Fails with the message as it is (no format), keeping any description given with {@code as(...)}. */
    void fail(String message) {
        failWithMessage("%s", message);
    }
}
