package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/**
 * What a kept session must survive, on the shop of {@code fixtures/run/points}: each kind of
 * order makes the rules leave a stated fact behind, change a fact the date alone produced, hold an
 * event in a sliding window, throw, loop or outlast the timeout. Walked in several orders, every
 * point observes what a new session gives, and a point that fails reports the error a full run
 * reports.
 */
class LeanRunTest {
    private static final RuleBook SHOP = RuleBookCompiler.compileFolder(Path.of("src/test/resources/fixtures/run/points/rules"))
            .ruleBook().orElseThrow();
    private static final RunOptions OPTIONS = RunOptions.defaults().withMaxFirings(200).withTimeout(Duration.ofSeconds(1));
    private static final List<String> OBSERVED = List.of("Price.amount", "Receipt.order", "Shop.sold", "Shop.opened",
            "Busy.deliveries", "Order.quantity");
    private static final int ORDER_QUANTITY = 5;

    private static PreparedScenario prepared;
    private static List<List<PointValue>> points;
    private static Map<List<PointValue>, Observation> expected;

    @BeforeAll
    static void observeEveryPointInANewSession() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", "o1");
        order.put("kind", "NORMAL");
        order.put("quantity", 1);
        Scenario scenario = ScenarioBuilder.named("an order").asOf(LocalDate.of(2024, 1, 1))
                .given("Order", order).expectCount("Price", 1).build();
        prepared = PreparedScenario.prepare(SHOP, scenario).prepared().orElseThrow();
        Input asOf = prepared.input("asOf");
        Input kind = prepared.input("Order.kind");
        Input quantity = prepared.input("Order.quantity");
        points = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1))) {
            for (String k : List.of("NORMAL", "STATED", "SELL", "DELIVER", "THROW", "LOOP")) {
                for (int q : new int[] {0, 3}) {
                    points.add(List.of(asOf.set(date), kind.parse(k), quantity.set(q)));
                }
            }
        }
        points.add(List.of(kind.parse("SLOW")));
        expected = new LinkedHashMap<>();
        ObservedReader reader = new ObservedReader(OBSERVED.stream().map(prepared::observed).toList());
        for (List<PointValue> point : points) {
            expected.put(point, inNewSession(point, reader));
        }
    }

    private static Observation inNewSession(List<PointValue> point, ObservedReader reader) {
        List<List<List<Object>>> read = new ArrayList<>();
        Execution.EndProbe probe = new Execution.EndProbe() {
            @Override
            public void atEnd(org.kie.api.runtime.KieSession session) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void atEnd(org.kie.api.runtime.KieSession session, java.util.Set<Object> scenarioFacts) {
                read.add(reader.read(session, scenarioFacts));
            }
        };
        Execution execution = new Execution(SHOP, prepared.planAt(point), OPTIONS, probe,
                () -> new ReusableSession(SHOP.kieBase()));
        Outcome outcome = Deadline.run(execution, OPTIONS.timeout());
        return outcome.error().map(e -> Observation.failed(OBSERVED.size(), e))
                .orElseGet(() -> new Observation(read.get(0), java.util.Optional.empty()));
    }

    private static void assertAsInNewSessions(List<List<PointValue>> order) {
        try (PointEvaluator evaluator = prepared.newEvaluator(OPTIONS, OBSERVED.stream().map(prepared::observed).toList())) {
            for (List<PointValue> point : order) {
                assertThat(evaluator.observe(point)).as("%s", point).isEqualTo(expected.get(point));
            }
        }
    }

    @Test
    void thePointsMeetEveryCase() {
        assertThat(expected.values()).extracting(o -> o.error().map(RunError::message).orElse("ok"))
                .anySatisfy(m -> assertThat(m).contains("threw IllegalStateException: out of stock"))
                .anySatisfy(m -> assertThat(m).contains("times; a loop?"))
                .anySatisfy(m -> assertThat(m).contains("did not finish within 1 s: rule `an order that takes its time` was still running"));
        assertThat(expected.values()).extracting(o -> o.values().isEmpty() ? List.of() : o.valuesOf(1))
                .as("a stated receipt").contains(List.of("o1"));
        assertThat(expected.values()).extracting(o -> o.values().isEmpty() ? List.of() : o.valuesOf(4))
                .as("deliveries in the window").contains(List.of(1));
        assertThat(expected.values()).extracting(o -> o.values().isEmpty() ? List.of() : o.valuesOf(ORDER_QUANTITY))
                .as("the scenario's own order is no result").containsOnly(List.of());
    }

    @Test
    void inOrder() {
        assertAsInNewSessions(points);
    }

    @Test
    void reversed() {
        List<List<PointValue>> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);
        assertAsInNewSessions(reversed);
    }

    @Test
    void moreDatesThanBasesAreKeptWalkedOverAndOver() {
        Input asOf = prepared.input("asOf");
        Input kind = prepared.input("Order.kind");
        ObservedReader reader = new ObservedReader(OBSERVED.stream().map(prepared::observed).toList());
        List<List<PointValue>> walk = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int day = 0; day < KeptBases.KEPT + 4; day++) {
                for (String k : List.of("NORMAL", "STATED", "DELIVER")) {
                    walk.add(List.of(asOf.set(LocalDate.of(2024, 2, 20).plusDays(day)), kind.parse(k)));
                }
            }
        }
        try (PointEvaluator evaluator = prepared.newEvaluator(OPTIONS, OBSERVED.stream().map(prepared::observed).toList())) {
            for (List<PointValue> point : walk) {
                assertThat(evaluator.observe(point)).as("%s", point).isEqualTo(inNewSession(point, reader));
            }
        }
    }

    @Test
    void eachPointTwiceInARowAndShuffled() {
        List<List<PointValue>> twice = new ArrayList<>();
        List<List<PointValue>> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(3));
        shuffled.forEach(p -> {
            twice.add(p);
            twice.add(p);
        });
        assertAsInNewSessions(twice);
    }
}
