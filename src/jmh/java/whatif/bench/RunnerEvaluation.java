package whatif.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whatif.rulebook.RuleBook;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/**
 * A point as whatif evaluates it today: one scenario, written once with {@link ScenarioBuilder},
 * gets the point's date and values written into a copy (as a sweep would do for each point), and
 * {@link ScenarioRunner} runs the copy; the answer is the value of its one {@code Verdict}.
 */
final class RunnerEvaluation {
    private final RuleBook book;
    private final ScenarioRunner runner = new ScenarioRunner();
    private final Scenario base;

    RunnerEvaluation(RuleBook book) {
        this.book = book;
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("id", "p");
        proposal.put("kind", "BALLISTIC_MISSILE");
        proposal.put("rangeKm", 0);
        proposal.put("payloadKg", 0);
        this.base = ScenarioBuilder.named("a ballistic missile").asOf(LocalDate.of(2000, 1, 1))
                .given("Proposal", proposal)
                .expectCount("Verdict", 1)
                .build();
    }

    Object verdictAt(Point point) {
        Outcome outcome = runner.run(book, at(point));
        List<FactView> verdicts = outcome.factsOfType("Verdict");
        if (!outcome.passed() || verdicts.size() != 1) {
            throw new IllegalStateException(point + ": " + outcome.status() + ", verdicts " + verdicts);
        }
        return verdicts.get(0).values().get("value");
    }

    private Scenario at(Point point) {
        FactSpec proposal = base.given().get(0);
        List<FieldValue> fields = proposal.fields().stream().map(field -> switch (field.name()) {
            case "rangeKm" -> withValue(field, point.rangeKm());
            case "payloadKg" -> withValue(field, point.payloadKg());
            default -> field;
        }).toList();
        return new Scenario(base.name(), base.description(), base.span(), point.date(),
                List.of(new FactSpec(proposal.type(), fields, proposal.span())), base.timeline(), base.expect());
    }

    private static FieldValue withValue(FieldValue field, int value) {
        return new FieldValue(field.name(), field.nameSpan(), Scalar.of(Integer.toString(value), field.value().span()));
    }
}
