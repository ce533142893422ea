package whatif.sweep;

import java.util.ArrayList;
import java.util.List;

/** Every point of the grid, one row each, in grid order; tasks are runs of {@link #CHUNK} consecutive points. */
final class GridSweep {
    static final int CHUNK = 64;
    private final Grid grid;

    GridSweep(Grid grid) {
        this.grid = grid;
    }

    long tasks() {
        return (grid.size() + CHUNK - 1) / CHUNK;
    }

    List<List<Object>> rows(PointEvaluator evaluator, long task, Stop stop) {
        long from = task * CHUNK;
        long to = Math.min(grid.size(), from + CHUNK);
        List<List<Object>> rows = new ArrayList<>((int) (to - from));
        for (long index = from; index < to && !stop.isSet(); index++) {
            Point point = grid.pointAt(index);
            rows.add(Rows.of(point, evaluator.observe(point)));
        }
        return rows;
    }
}
