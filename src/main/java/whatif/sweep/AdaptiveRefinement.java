package whatif.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --adaptive}: evaluates the corners of a coarse partition of the grid (about
 * {@link #COARSE} cells along each axis), takes a cell whose corners all agree to have their
 * outcome throughout, and cuts every other cell in half along each axis, again and again, down to
 * the STEP grid. Every point of the grid gets an outcome, evaluated or inferred, so the rows are
 * those of the full grid wherever the inference holds. It does not hold for a region that fits
 * inside a cell without touching its corners: an island, or a band that leaves the cell by the
 * side it entered. Level by level, each level's corners are evaluated in parallel; which points
 * are evaluated depends only on their outcomes, so the rows are the same on any number of threads.
 */
final class AdaptiveRefinement {
    static final int COARSE = 8;
    /** The most points an adaptive grid may have: each holds an outcome's number while the sweep runs. */
    static final long MAX_POINTS = 200_000_000L;

    private final Grid grid;
    private final int[] outcomeOf;
    private final List<Observation> outcomes = new ArrayList<>();
    private final Map<Observation, Integer> numbers = new HashMap<>();
    private final BitSet evaluated;

    AdaptiveRefinement(Grid grid) {
        if (grid.size() > MAX_POINTS) {
            throw new IllegalArgumentException("an adaptive sweep takes at most " + MAX_POINTS + " points");
        }
        this.grid = grid;
        this.outcomeOf = new int[(int) grid.size()];
        Arrays.fill(outcomeOf, -1);
        this.evaluated = new BitSet((int) grid.size());
    }

    /** Refines until every cell is decided, or the workers are stopped. */
    void refine(Workers workers) throws InterruptedException {
        List<Cell> cells = coarseCells();
        while (!cells.isEmpty() && !workers.stop().isSet()) {
            evaluateCorners(cells, workers);
            List<Cell> next = new ArrayList<>();
            for (Cell cell : cells) {
                int agreed = agreedOutcome(cell);
                if (agreed >= 0) {
                    cell.forEachPoint(at -> fill(grid.indexOf(at), agreed));
                } else if (!cell.isUnit()) {
                    next.addAll(cell.halves());
                }
            }
            cells = next;
        }
    }

    long evaluations() {
        return evaluated.cardinality();
    }

    boolean isComplete() {
        return Arrays.stream(outcomeOf).allMatch(n -> n >= 0);
    }

    Observation at(long index) {
        return outcomes.get(outcomeOf[(int) index]);
    }

    /** The point's outcome, evaluated or inferred; empty while a refinement stopped part way has not decided it. */
    Optional<Observation> decided(long index) {
        int number = outcomeOf[(int) index];
        return number < 0 ? Optional.empty() : Optional.of(outcomes.get(number));
    }

    private List<Cell> coarseCells() {
        List<int[]> breaks = new ArrayList<>();
        for (Axis axis : grid.axes()) {
            int last = axis.size() - 1;
            int stride = Integer.highestOneBit(Math.max(1, last / COARSE));
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < last; i += stride) {
                at.add(i);
            }
            at.add(last);
            breaks.add(at.stream().mapToInt(Integer::intValue).toArray());
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(new int[0], new int[0]));
        for (int[] axisBreaks : breaks) {
            List<Cell> wider = new ArrayList<>();
            for (Cell cell : cells) {
                int intervals = Math.max(1, axisBreaks.length - 1);
                for (int k = 0; k < intervals; k++) {
                    int lo = axisBreaks[k];
                    int hi = axisBreaks[Math.min(k + 1, axisBreaks.length - 1)];
                    wider.add(new Cell(append(cell.lo(), lo), append(cell.hi(), hi)));
                }
            }
            cells = wider;
        }
        return cells;
    }

    private void evaluateCorners(List<Cell> cells, Workers workers) throws InterruptedException {
        BitSet wanted = new BitSet();
        for (Cell cell : cells) {
            for (int[] corner : cell.corners()) {
                int index = (int) grid.indexOf(corner);
                if (!evaluated.get(index)) {
                    wanted.set(index);
                }
            }
        }
        int[] batch = wanted.stream().toArray();
        Observation[] observed = new Observation[batch.length];
        workers.run((batch.length + GridSweep.CHUNK - 1) / GridSweep.CHUNK, (evaluator, task, stop) -> {
            int from = (int) task * GridSweep.CHUNK;
            for (int k = from; k < Math.min(batch.length, from + GridSweep.CHUNK) && !stop.isSet(); k++) {
                observed[k] = evaluator.observe(grid.pointAt(batch[k]));
            }
            return List.of();
        }, new Workers.RowSink() {
            @Override
            public boolean accept(long task, List<List<Object>> rows) {
                return true;
            }

            @Override
            public void stop() {
            }
        });
        // Stopped, some corners were not evaluated: those that were are kept, for the rows written on stopping.
        for (int k = 0; k < batch.length; k++) {
            if (observed[k] != null) {
                outcomeOf[batch[k]] = number(observed[k]);
                evaluated.set(batch[k]);
            }
        }
    }

    /** The outcome every corner has, or -1 when they differ (or one was not evaluated). */
    private int agreedOutcome(Cell cell) {
        int agreed = -2;
        for (int[] corner : cell.corners()) {
            int index = (int) grid.indexOf(corner);
            int n = evaluated.get(index) ? outcomeOf[index] : -1;
            if (n < 0 || (agreed != -2 && n != agreed)) {
                return -1;
            }
            agreed = n;
        }
        return agreed;
    }

    /** An inferred outcome never replaces an evaluated one. */
    private void fill(long index, int outcome) {
        if (!evaluated.get((int) index)) {
            outcomeOf[(int) index] = outcome;
        }
    }

    private int number(Observation observation) {
        return numbers.computeIfAbsent(observation, o -> {
            outcomes.add(o);
            return outcomes.size() - 1;
        });
    }

    private static int[] append(int[] values, int value) {
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }
}
