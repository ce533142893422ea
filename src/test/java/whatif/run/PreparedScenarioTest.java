package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/** The paths and values a prepared scenario accepts, and what it says of those it does not. */
class PreparedScenarioTest {
    private static final RuleBook SHOP = RuleBookCompiler.compileFolder(Path.of("src/test/resources/fixtures/run/points/rules"))
            .ruleBook().orElseThrow();
    private static final Scenario TWO_ORDERS = ScenarioBuilder.named("two orders").asOf(LocalDate.of(2024, 1, 1))
            .given("Order", Map.of("id", "a", "kind", "NORMAL", "quantity", 1))
            .given("Order", Map.of("id", "b", "kind", "NORMAL", "quantity", 2))
            .expectCount("Price", 2).build();
    private static final PreparedScenario PREPARED = PreparedScenario.prepare(SHOP, TWO_ORDERS).prepared().orElseThrow();

    @Test
    void aScenarioThatDoesNotFitTheRulesIsNotPreparedAndSaysWhy() {
        Scenario typo = ScenarioBuilder.named("typo").given("Ordr", Map.of("id", "a")).asOf(LocalDate.of(2024, 1, 1))
                .expectCount("Price", 1).build();
        PreparedScenario.Preparation preparation = PreparedScenario.prepare(SHOP, typo);
        assertThat(preparation.prepared()).isEmpty();
        assertThat(preparation.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("`Ordr`"));
    }

    @Test
    void anUnknownTypeOrFieldIsNamedWithTheNearestName() {
        assertThatThrownBy(() -> PREPARED.input("Ordr[id=a].quantity")).isInstanceOf(InputProblem.class)
                .hasMessage("unknown type `Ordr` in `Ordr[id=a].quantity`")
                .satisfies(e -> assertThat(((InputProblem) e).hint()).isEqualTo("did you mean `Order`?"));
        assertThatThrownBy(() -> PREPARED.observed("Price.amont")).isInstanceOf(InputProblem.class)
                .hasMessage("unknown field `amont` in `Price`")
                .satisfies(e -> assertThat(((InputProblem) e).hint()).isEqualTo("did you mean `amount`?"));
        assertThatThrownBy(() -> PREPARED.input("quantity")).isInstanceOf(InputProblem.class)
                .hasMessage("`quantity` is not a fact's field");
    }

    @Test
    void aFieldOfATypeGivenTwiceNeedsAChoice() {
        assertThatThrownBy(() -> PREPARED.input("Order.quantity")).isInstanceOf(InputProblem.class)
                .hasMessage("the scenario gives 2 `Order` facts; `Order.quantity` must name one")
                .satisfies(e -> assertThat(((InputProblem) e).hint()).isEqualTo("choose one by a field, as `Order[id=...].quantity`"));
        assertThatThrownBy(() -> PREPARED.input("Order[id=c].quantity")).isInstanceOf(InputProblem.class)
                .hasMessage("no given `Order` has `id: c`");
        assertThatThrownBy(() -> PREPARED.input("Price.amount")).isInstanceOf(InputProblem.class)
                .hasMessage("the scenario gives no `Price` fact to change");
        assertThatThrownBy(() -> PREPARED.observed("Order[id=a].quantity")).isInstanceOf(InputProblem.class)
                .hasMessageContaining("an observed field is read off every fact of its type");
    }

    @Test
    void aValueMustFitTheFieldsType() {
        Input quantity = PREPARED.input("Order[id=b].quantity");
        assertThat(quantity.valueType()).isEqualTo(Integer.class);
        assertThat(quantity.parse("1_000").value()).isEqualTo(1000);
        assertThatThrownBy(() -> quantity.set(2L)).isInstanceOf(InputProblem.class)
                .hasMessage("`Order[id=b].quantity` holds a whole number (Integer), not `2` (Long)");
        assertThatThrownBy(() -> quantity.parse("2.5")).isInstanceOf(InputProblem.class)
                .hasMessage("`2.5` does not fit `Order[id=b].quantity`")
                .satisfies(e -> assertThat(((InputProblem) e).hint()).isEqualTo("write a whole number"));
        assertThatThrownBy(() -> PREPARED.input("Order[id=a].kind").parse("NORMEL")).isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> PREPARED.input("asOf").parse("2024-13-01")).isInstanceOf(InputProblem.class)
                .hasMessage("`2024-13-01` does not fit `asOf`");
    }

    @Test
    void theScenarioAtAPointIsTheScenarioWithItsValuesWritten() {
        Input quantity = PREPARED.input("Order[id=b].quantity");
        Input asOf = PREPARED.input("asOf");
        Scenario at = PREPARED.scenarioAt(List.of(quantity.set(7), asOf.set(LocalDate.of(2025, 2, 3))));
        assertThat(at.asOf()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(at.given().get(1).field("quantity").orElseThrow().value().text()).isEqualTo("7");
        assertThat(at.given().get(0)).isEqualTo(TWO_ORDERS.given().get(0));
        try (PointEvaluator evaluator = PREPARED.newEvaluator(RunOptions.defaults(), List.of(PREPARED.observed("Price.amount")))) {
            assertThat(evaluator.observe(List.of(quantity.set(7))).valuesOf(0)).containsExactly(10, 70);
            assertThat(evaluator.run(List.of(quantity.set(7))).factsOfType("Price")).hasSize(2);
        }
    }
}
