package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.RunOptions;
import whatif.scenario.ObservedField;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.source.Span;

/**
 * The fast evaluator against the reference: every point of a grid, in grid order (so the kept
 * session and its base move as a sweep moves them), gives the observation a copy of the scenario
 * run on its own gives.
 */
class PreparedPointEvaluatorTest {
    private static final Span COMMAND_LINE = Span.wholeFile(Path.of("<command line>"));

    @Test
    void theMissilePolicyOverRangePayloadAndDateGivesWhatCopiesGive() throws Exception {
        RuleBook book = RuleBookCompiler.compileFolder(Path.of("rules")).ruleBook().orElseThrow();
        Scenario scenario = ScenarioFiles.read(List.of(Path.of("scenarios/sweeps/heaviest-payload-at-800-km.yaml"))).scenarios().get(0);

        int compared = compareEveryPoint(book, scenario,
                List.of("asOf=2000-01-01..2021-12-31:1y", "Proposal.rangeKm=200..1000:200", "Proposal.payloadKg=250..1250:250"),
                List.of("Verdict.value", "Verdict.version", "Violation.limit"));

        assertThat(compared).isEqualTo(22 * 5 * 5);
    }

    @Test
    void statusFactsAndRulesThatThrowGiveWhatCopiesGive() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/sweep");
        RuleBook book = RuleBookCompiler.compileFolder(fixture.resolve("rules")).ruleBook().orElseThrow();
        Scenario scenario = ScenarioFiles.read(List.of(fixture.resolve("scenarios/crossing.yaml"))).scenarios().get(0);

        compareEveryPoint(book, scenario, List.of("Crossing.weightT=0..120:3"), List.of("Charge.band", "Charge.amount"));
        compareEveryPoint(book, scenario, List.of("Crossing.weightT=0..120:3"), List.of("status", "facts", "Charge.band"));
    }

    @Test
    void decimalsDatesAndValuesPastWhatTheFieldHoldsGiveWhatCopiesGive() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/sweep");
        RuleBook book = RuleBookCompiler.compileFolder(fixture.resolve("rules")).ruleBook().orElseThrow();
        Scenario scenario = ScenarioFiles.read(List.of(fixture.resolve("scenarios/crossing.yaml"))).scenarios().get(0);

        compareEveryPoint(book, scenario, List.of("asOf=2020-03-13..2020-03-17:1d", "Crossing.lengthM=10..14:0.5"),
                List.of("Charge.band", "Charge.amount"));
        // 2147483650 and on do not fit an `int`: those points run as copies, which report why.
        compareEveryPoint(book, scenario, List.of("Crossing.weightT=2147483630..2147483660:5"), List.of("Charge.band", "status"));
    }

    /** Compares every point of the grid: fields of produced facts only are read lean, `status` and `facts` from an outcome. */
    private static int compareEveryPoint(RuleBook book, Scenario scenario, List<String> vary, List<String> observe) throws Exception {
        List<SweepAxis> axes = new ArrayList<>();
        for (String text : vary) {
            axes.add(SweepSyntax.axis(Scalar.of(text, COMMAND_LINE)));
        }
        List<ObservedField> fields = new ArrayList<>();
        for (String text : observe) {
            fields.add(SweepSyntax.observed(Scalar.of(text, COMMAND_LINE)));
        }
        SweepTargets targets = new SweepTargets(scenario, book.factTypes());
        List<AxisTarget> bound = targets.targets(axes);
        assertThat(targets.problems()).isEmpty();
        Observer observer = new Observer(fields);
        PointEvaluator.Factory copies = ScenarioCopyEvaluator.factory(book, new ScenarioAtPoint(scenario, bound), observer, RunOptions.defaults());
        PointEvaluator.Factory fast = PreparedPointEvaluator.factory(book, scenario, axes, fields, observer, RunOptions.defaults(), copies)
                .orElseThrow();
        Grid grid = Grid.of(axes.stream().map(Axis::of).toList());

        int errors = 0;
        int[] at = new int[grid.axes().size()];
        try (PointEvaluator reference = copies.newEvaluator(); PointEvaluator evaluator = fast.newEvaluator();
                PointEvaluator byCoordinates = fast.newEvaluator()) {
            for (long index = 0; index < grid.size(); index++) {
                Point point = grid.pointAt(index);
                Observation expected = reference.observe(point);
                assertThat(evaluator.observe(point)).as("%s", point).isEqualTo(expected);
                assertThat(at).as("the coordinates walked to point %d", index).containsExactly(grid.coordinates(index));
                assertThat(byCoordinates.observe(grid, at)).as("%s by its coordinates", point).isEqualTo(expected);
                errors += expected.hasError() ? 1 : 0;
                grid.advance(at);
            }
        }
        if (vary.get(0).startsWith("Crossing.weightT=0")) {
            assertThat(errors).as("points whose rule throws").isPositive();
        }
        return (int) grid.size();
    }
}
