package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

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
    /** The grid indices of the sample, each once, in the order the workers take them. */
    private final long[] sampleIndices;
    private final Map<Long, Observation> sampleOutcomes = new ConcurrentHashMap<>();

    GridSweep(Grid grid) {
        this(grid, grid.size() >= SAMPLED_FROM ? SAMPLE : 0);
    }

    /** A sweep that evaluates a sample of (at most) {@code points} points of the grid before its walk (0: none). */
    GridSweep(Grid grid, int points) {
        this.grid = grid;
        this.cells = new AxisCells(grid);
        this.sampleIndices = LongStream.range(0, Math.min(points, grid.size())).map(i -> sampleIndex(i, grid.size())).distinct().toArray();
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
        for (int k = worker; k < sampleIndices.length && !stop.isSet(); k += workers) {
            sampleOutcomes.put(sampleIndices[k], evaluator.observe(grid, grid.coordinates(sampleIndices[k])));
        }
    }

    /**
     * The {@code i}-th index of the sample: Fibonacci hashing, i times the golden ratio's fraction
     * of 2^64, scaled to the grid by its high bits. Successive i land far apart, spread evenly over
     * the grid; in a grid this large, no two of the sample's fall on one index (taken once anyway).
     */
    static long sampleIndex(long i, long size) {
        long x = i * 0x9E3779B97F4A7C15L;
        return Math.multiplyHigh(x, size) + ((x >> 63) & size); // unsigned high half of x * size
    }

    List<List<Object>> rows(PointEvaluator evaluator, long task, Stop stop) {
        long from = task * CHUNK;
        long to = Math.min(grid.size(), from + CHUNK);
        int axes = grid.axes().size();
        List<List<Object>> rows = new ArrayList<>((int) (to - from));
        int[] at = grid.coordinates(from);
        for (long index = from; index < to && !stop.isSet(); index++) {
            Observation kept = sampleIndices.length == 0 ? null : sampleOutcomes.remove(index);
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
