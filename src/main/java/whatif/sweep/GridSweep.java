package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every point of the grid, one row each, in grid order; tasks are runs of {@link #CHUNK}
 * consecutive points. A run walks its points by their coordinates, handing them to the evaluator
 * as such, and takes the axes' cells from {@link AxisCells}: no point is made as text.
 *
 * <p>A large grid is sampled first ({@link #warmUp}): the sample's outcomes are kept and used when
 * the walk reaches those points, so no point is evaluated twice and the rows are the same bytes.
 */
final class GridSweep {
    static final int CHUNK = 64;

    /** Grids of fewer points are walked without a sample: the JIT has too little to gain there. */
    static final long SAMPLED_FROM = 200_000;

    /** Points in the sample taken before the walk. */
    static final int SAMPLE = 8_000;

    private final Grid grid;
    private final AxisCells cells;
    private final long sampled;
    private final Map<Long, Observation> sample = new ConcurrentHashMap<>();

    GridSweep(Grid grid) {
        this(grid, grid.size() >= SAMPLED_FROM ? Math.min(SAMPLE, grid.size()) : 0);
    }

    /** A sweep that samples {@code sampled} points of the grid before its walk (0: none). */
    GridSweep(Grid grid, long sampled) {
        this.grid = grid;
        this.cells = new AxisCells(grid);
        this.sampled = sampled;
    }

    long tasks() {
        return (grid.size() + CHUNK - 1) / CHUNK;
    }

    /**
     * Evaluates this worker's share of a sample spread over the whole grid, before any task. The
     * JIT compiles the rules' hot code for the branches it has seen taken: walked in grid order,
     * the first thousands of points all lie at one end of the first axis, the code is compiled for
     * those and then thrown away and compiled again, each time the walk reaches points that take
     * other branches (a large consequence was compiled eight times in a million-point sweep, three
     * times after a sample). A sample from everywhere shows the compiler every region first.
     */
    void warmUp(PointEvaluator evaluator, int worker, int workers, Stop stop) {
        for (long i = worker; i < sampled && !stop.isSet(); i += workers) {
            long index = sampleIndex(i);
            if (!sample.containsKey(index)) {
                sample.put(index, evaluator.observe(grid, grid.coordinates(index)));
            }
        }
    }

    /** The grid index of the sample's {@code i}-th point: Fibonacci hashing, so neighbours in i land far apart, on every axis. */
    private long sampleIndex(long i) {
        return Math.floorMod(i * 0x9E3779B97F4A7C15L, grid.size());
    }

    List<List<Object>> rows(PointEvaluator evaluator, long task, Stop stop) {
        long from = task * CHUNK;
        long to = Math.min(grid.size(), from + CHUNK);
        int axes = grid.axes().size();
        List<List<Object>> rows = new ArrayList<>((int) (to - from));
        int[] at = grid.coordinates(from);
        for (long index = from; index < to && !stop.isSet(); index++) {
            Observation kept = sampled == 0 ? null : sample.remove(index);
            Observation observation = kept != null ? kept : evaluator.observe(grid, at);
            List<Object> row = new ArrayList<>(axes + observation.values().size() + 1);
            for (int a = 0; a < axes; a++) {
                row.add(cells.cell(a, at[a]));
            }
            Rows.addObservation(row, observation);
            rows.add(row);
            grid.advance(at);
        }
        return rows;
    }
}
