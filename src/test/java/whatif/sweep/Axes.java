package whatif.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import whatif.scenario.Scalar;
import whatif.scenario.SweepSyntax;
import whatif.source.Span;

/** Axes and evaluators for tests that need no rules: an outcome is a function of the point's values. */
final class Axes {
    private Axes() {
    }

    static Axis of(String text) {
        try {
            return Axis.of(SweepSyntax.axis(Scalar.of(text, Span.at(Path.of("test.yaml"), 1, 1))));
        } catch (SweepSyntax.BadText e) {
            throw new IllegalArgumentException(e.diagnostic().oneLine(), e);
        }
    }

    static Grid grid(String... axes) {
        return Grid.of(java.util.Arrays.stream(axes).map(Axes::of).toList());
    }

    /** An evaluator whose one observed value is {@code outcome} of the point's values as numbers. */
    static PointEvaluator.Factory function(Function<List<Long>, String> outcome) {
        return () -> point -> new Observation(List.of(outcome.apply(
                point.values().stream().map(v -> Long.parseLong(v.text())).toList())), "");
    }
}
