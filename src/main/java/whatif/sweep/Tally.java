package whatif.sweep;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts, across workers, the points evaluated and those whose rules could not run to the end.
 * Adders, not atomic longs: every worker counts every point, and one shared counter made the
 * workers' cores pass its cache line back and forth a million times a sweep.
 */
final class Tally {
    private final LongAdder evaluated = new LongAdder();
    private final LongAdder errors = new LongAdder();

    /** The factory's evaluators, each counting here. */
    PointEvaluator.Factory counting(PointEvaluator.Factory factory) {
        return () -> {
            PointEvaluator evaluator = factory.newEvaluator();
            return new PointEvaluator() {
                @Override
                public Observation observe(Point point) {
                    return counted(evaluator.observe(point));
                }

                @Override
                public Observation observe(Grid grid, int[] coordinates) {
                    return counted(evaluator.observe(grid, coordinates));
                }

                @Override
                public void close() {
                    evaluator.close();
                }
            };
        };
    }

    private Observation counted(Observation observation) {
        evaluated.increment();
        if (observation.hasError()) {
            errors.increment();
        }
        return observation;
    }

    long evaluated() {
        return evaluated.sum();
    }

    long errors() {
        return errors.sum();
    }
}
