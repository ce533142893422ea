package whatif.assertions;

import static whatif.assertions.WhatIfAssertions.assertThat;
import static whatif.assertions.WhatIfAssertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.scenario.ScenarioBuilder;

/** The fluent assertions on real runs of the toy library rules: late loans earn fines, ten or more suspend. */
class OutcomeAssertTest {
    static final WhatIf LIBRARY = WhatIf.rules(Path.of("src/test/resources/fixtures/junit/library/rules"));
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    /** A loan of one item, late by some days; it expects only that something fined it. */
    private static Outcome late(String item, String kind, int days) {
        return LIBRARY.run(ScenarioBuilder.named(item + " " + days + " days late").asOf(DAY)
                .given("Loan", Map.of("item", item, "kind", kind, "daysLate", days))
                .expectCount("Fine", ">= 1")
                .build());
    }

    @Test
    void factsFieldsAndFiringsOfARun() {
        assertThat(late("Alien", "DVD", 6)).passed()
                .hasFact("Fine").with("item", "Alien").with("kind", "DVD").with("amount", 12)
                .and().hasFact("Suspension").with("reason", "fines of 12.0")
                .and().hasFactCount("Fine", 1)
                .hasFired("late dvd").hasNotFired("late book")
                .hasFiredInOrder("late dvd", "suspension from ten");
    }

    @Test
    void numbersCompareByValueAndEnumsByName() {
        Outcome outcome = late("Dune", "BOOK", 3);

        assertThat(outcome).hasFact("Fine").with("amount", 1.5).with("amount", new java.math.BigDecimal("1.50"))
                .with("kind", "BOOK");
        assertThatThrownBy(() -> assertThat(outcome).hasFact("Fine").with("amount", 1))
                .hasMessageContaining("Expecting a fact Fine with amount=1 but the facts of type Fine were:");
    }

    @Test
    void aFactNotProducedNamesTheFactsOfItsTypeThatWere() {
        Outcome outcome = late("Dune", "BOOK", 4);

        assertThatThrownBy(() -> assertThat(outcome).hasFact("Fine").with("item", "Dune").with("amount", 3))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("Expecting a fact Fine with item=Dune, amount=3 but the facts of type Fine were:%n"
                        + "  Fine{item: Dune, kind: BOOK, amount: 2}"));
    }

    @Test
    void aDeclaredTypeNotProducedSaysSoAndListsTheFactsThatWere() {
        assertThatThrownBy(() -> assertThat(late("Dune", "BOOK", 4)).hasFact("Suspension"))
                .hasMessageContaining("Expecting a fact Suspension but the rules produced no fact of type Suspension;")
                .hasMessageContaining("Fine{item: Dune, kind: BOOK, amount: 2}");
    }

    @Test
    void aMisspeltFieldFailsEvenInANegative() {
        Outcome outcome = late("Dune", "BOOK", 4);

        assertThatThrownBy(() -> assertThat(outcome).hasFact("Fine").with("amout", 2))
                .hasMessage("Expecting a field <amout> of type Fine but it has no such field; did you mean `amount`?");
        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Fine", Map.of("amout", 2)))
                .hasMessage("Expecting a field <amout> of type Fine but it has no such field; did you mean `amount`?");
    }

    @Test
    void hasNoFactFailsOnlyWhenOneFactHoldsEveryFieldGiven() {
        Outcome outcome = late("Dune", "BOOK", 4);

        // A fine for Dune exists, but none for Dune of 3: the whole pattern is checked, not field by field.
        assertThat(outcome).hasNoFact("Fine", Map.of("item", "Dune", "amount", 3))
                .hasNoFact("Fine", Map.of("kind", "DVD"))
                .hasNoFact("Suspension");
        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Fine"))
                .hasMessage(String.format("Expecting no fact Fine but found:%n  Fine{item: Dune, kind: BOOK, amount: 2}"));
        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Fine", Map.of("item", "Dune", "amount", 2)))
                .hasMessageStartingWith("Expecting no fact Fine with amount=2, item=Dune but found:");
    }

    @Test
    void statusFailuresSayWhatHappened() {
        Outcome onTime = late("Emma", "BOOK", 0);

        assertThat(onTime).failed().hasStatus(Status.FAILED);
        assertThatThrownBy(() -> assertThat(onTime).passed())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expecting scenario <Emma 0 days late> to have passed but it failed:")
                .hasMessageContaining("not held: count of Fine >= 1");
    }

    @Test
    void countsAreComparedWithTheFactsListed() {
        assertThatThrownBy(() -> assertThat(late("Dune", "BOOK", 4)).hasFactCount("Fine", 2))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(String.format("Expecting 2 facts of type Fine but found 1:%n  Fine{item: Dune, kind: BOOK, amount: 2}"));
    }

    @Test
    void firingFailuresListTheRulesThatFired() {
        Outcome outcome = late("Alien", "DVD", 6);

        assertThatThrownBy(() -> assertThat(outcome).hasFired("late book"))
                .hasMessageStartingWith("Expecting rule <late book> to have fired")
                .hasMessageEndingWith(String.format("but the rules fired were:%n  late dvd%n  suspension from ten"));
        assertThatThrownBy(() -> assertThat(outcome).hasNotFired("late dvd"))
                .hasMessage("Expecting rule <late dvd> not to have fired but it fired 1 time, on 2024-03-01");
        assertThatThrownBy(() -> assertThat(outcome).hasFiredInOrder("suspension from ten", "late dvd"))
                .hasMessageContaining("Expecting the rules to have first fired in the order [suspension from ten, late dvd];"
                        + " they first fired in this order:");
        assertThatThrownBy(() -> assertThat(outcome).hasFiredInOrder("late dvd", "late book"))
                .hasMessageContaining("but [late book] never fired");
        assertThatThrownBy(() -> assertThat(late("Emma", "BOOK", 0)).hasFired("late book"))
                .hasMessage("Expecting rule <late book> to have fired but no rule fired");
    }

    @Test
    void aDescriptionGivenWithAsLeadsTheMessage() {
        assertThatThrownBy(() -> assertThat(late("Dune", "BOOK", 4)).as("the fine for Dune").hasNoFact("Fine"))
                .hasMessageStartingWith("[the fine for Dune] Expecting no fact Fine");
    }

    @Test
    void aNullOutcomeFailsAsAssertJDoes() {
        assertThatThrownBy(() -> assertThat((Outcome) null).passed()).hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void aNegativeNamingATypeTheRulesDoNotDeclareFailsInsteadOfPassing() {
        Outcome outcome = late("Dune", "BOOK", 4);

        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Fien"))
                .hasMessage("Expecting facts of type <Fien> but the rules declare no such type; did you mean `Fine`?");
        assertThatThrownBy(() -> assertThat(outcome).hasFactCount("Fien", 0))
                .hasMessageContaining("the rules declare no such type; did you mean `Fine`?");
        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Fine", Map.of("amout", 3)))
                .hasMessage("Expecting a field <amout> of type Fine but it has no such field; did you mean `amount`?");
    }

    @Test
    void aNegativeNamingARuleTheRulesDoNotHaveFailsInsteadOfPassing() {
        Outcome outcome = late("Dune", "BOOK", 4);

        assertThatThrownBy(() -> assertThat(outcome).hasNotFired("late bok"))
                .hasMessage("Expecting a rule named <late bok> but the rules have no such rule; did you mean `late book`?");
        assertThatThrownBy(() -> assertThat(outcome).hasFiredInOrder("late book", "suspension from tenn"))
                .hasMessageContaining("did you mean `suspension from ten`?");
        assertThat(outcome).hasNotFired("late dvd").hasNoFact("Suspension").hasFactCount("Suspension", 0);
    }
}
