package whatif.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whatif.rulebook.RuleBook;
import whatif.run.Input;
import whatif.run.Observation;
import whatif.run.PointEvaluator;
import whatif.run.PreparedScenario;
import whatif.run.RunOptions;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/**
 * A point as a sweep evaluates it: the scenario of {@link RunnerEvaluation}, prepared once, and
 * run by a {@link PointEvaluator} of this thread in lean mode with the point's date, range and
 * payload; the answer is the one value of {@code Verdict.value}. One thread only.
 */
final class SweepEvaluation implements PointEvaluation {
    private final PointEvaluator evaluator;
    private final Input asOf;
    private final Input range;
    private final Input payload;

    SweepEvaluation(RuleBook book) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("id", "p");
        proposal.put("kind", "BALLISTIC_MISSILE");
        proposal.put("rangeKm", 0);
        proposal.put("payloadKg", 0);
        Scenario scenario = ScenarioBuilder.named("a ballistic missile").asOf(LocalDate.of(2000, 1, 1))
                .given("Proposal", proposal).expectCount("Verdict", 1).build();
        PreparedScenario prepared = PreparedScenario.prepare(book, scenario).prepared().orElseThrow();
        this.asOf = prepared.input("asOf");
        this.range = prepared.input("Proposal.rangeKm");
        this.payload = prepared.input("Proposal.payloadKg");
        this.evaluator = prepared.newEvaluator(RunOptions.defaults(), List.of(prepared.observed("Verdict.value")));
    }

    @Override
    public Object verdictAt(Point point) {
        Observation observation = evaluator.observe(List.of(asOf.set(point.date()), range.set(point.rangeKm()),
                payload.set(point.payloadKg())));
        List<Object> verdicts = observation.valuesOf(0);
        if (observation.error().isPresent() || verdicts.size() != 1) {
            throw new IllegalStateException(point + ": " + observation);
        }
        return verdicts.get(0);
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
