package whatif.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import whatif.rulebook.RuleBook;

/**
 * Before anything is timed: whatif's runner, its sweep path, the pool and the reused session must give the same
 * verdict at every point of the grid, walked in the order the benchmarks walk it. A baseline
 * that is fast because it answers wrongly would make every ratio a lie.
 */
final class Agreement {
    private Agreement() {
    }

    /** @return how many points got each verdict: a grid that all gets one answer measures little */
    static Map<String, Integer> check(RuleBook book) {
        Map<String, Integer> verdicts = new TreeMap<>();
        List<Point> grid = Point.grid();
        RunnerEvaluation runner = new RunnerEvaluation(book);
        try (PoolEvaluation pool = new PoolEvaluation(book.kieBase(), 1);
             ReusedSessionEvaluation reused = new ReusedSessionEvaluation(book.kieBase());
             SweepEvaluation sweep = new SweepEvaluation(book)) {
            // Twice round the grid, so that the reused session also goes back from the last date to the first.
            for (int i = 0; i < 2 * grid.size(); i++) {
                Point point = grid.get(i % grid.size());
                Object expected = runner.verdictAt(point);
                Object fromPool = pool.verdictAt(point);
                Object fromReused = reused.verdictAt(point);
                Object fromSweep = sweep.verdictAt(point);
                if (!Objects.equals(expected, fromPool) || !Objects.equals(expected, fromReused)
                        || !Objects.equals(expected, fromSweep)) {
                    throw new IllegalStateException("the evaluations disagree at " + point + ": whatif " + expected
                            + ", sweep " + fromSweep + ", pool " + fromPool + ", reused session " + fromReused);
                }
                if (i < grid.size()) {
                    verdicts.merge(String.valueOf(expected), 1, Integer::sum);
                }
            }
        }
        return verdicts;
    }
}
