package whatif.sweep;

import java.util.concurrent.atomic.AtomicLong;

/** Counts, across workers, the points evaluated and those whose rules could not run to the end. */
final class Tally {
    private final AtomicLong evaluated = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /** The factory's evaluators, each counting here. */
    PointEvaluator.Factory counting(PointEvaluator.Factory factory) {
        return () -> {
            PointEvaluator evaluator = factory.newEvaluator();
            return new PointEvaluator() {
                @Override
                public Observation observe(Point point) {
                    Observation observation = evaluator.observe(point);
                    evaluated.incrementAndGet();
                    if (observation.hasError()) {
                        errors.incrementAndGet();
                    }
                    return observation;
                }

                @Override
                public void close() {
                    evaluator.close();
                }
            };
        };
    }

    long evaluated() {
        return evaluated.get();
    }

    long errors() {
        return errors.get();
    }
}
