package whatif.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Every point of the grid, one row each, in grid order; tasks are runs of {@link #CHUNK}
 * consecutive points. A run walks its points by their coordinates, handing them to the evaluator
 * as such, and takes the axes' cells from {@link AxisCells}: no point is made as text.
 */
final class GridSweep {
    static final int CHUNK = 64;
    private final Grid grid;
    private final AxisCells cells;

    GridSweep(Grid grid) {
        this.grid = grid;
        this.cells = new AxisCells(grid);
    }

    long tasks() {
        return (grid.size() + CHUNK - 1) / CHUNK;
    }

    List<List<Object>> rows(PointEvaluator evaluator, long task, Stop stop) {
        long from = task * CHUNK;
        long to = Math.min(grid.size(), from + CHUNK);
        int axes = grid.axes().size();
        List<List<Object>> rows = new ArrayList<>((int) (to - from));
        int[] at = grid.coordinates(from);
        for (long index = from; index < to && !stop.isSet(); index++) {
            Observation observation = evaluator.observe(grid, at);
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
