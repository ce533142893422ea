package whatif.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --find-boundary AXIS}: for every point of the other axes (a line, in their grid order),
 * each place along AXIS where the outcome changes, by {@link Bisection}; one row per change: the
 * other axes' values, then the last value of AXIS with the first outcome and that outcome, then
 * the first value with the next outcome and that one. A line without a change has no row.
 */
final class BoundarySweep {
    static final String BEFORE = "before:";
    static final String AFTER = "after:";
    private final Grid grid;
    private final int along;
    private final Grid others;

    BoundarySweep(Grid grid, int along) {
        this.grid = grid;
        this.along = along;
        List<Axis> rest = new ArrayList<>(grid.axes());
        rest.remove(along);
        this.others = Grid.of(rest);
    }

    long tasks() {
        return others.size();
    }

    List<String> columns(List<String> observed) {
        List<String> columns = new ArrayList<>(others.names());
        for (String side : List.of(BEFORE, AFTER)) {
            columns.add(side + grid.axes().get(along).name());
            observed.forEach(o -> columns.add(side + o));
            columns.add(side + Rows.ERROR);
        }
        return columns;
    }

    List<List<Object>> rows(PointEvaluator evaluator, long line, Stop stop) {
        Point held = others.pointAt(line);
        Axis axis = grid.axes().get(along);
        List<Flip> flips = new Bisection(axis, fine -> evaluator.observe(with(held, axis.fineValue(fine))), stop).flips();
        List<List<Object>> rows = new ArrayList<>(flips.size());
        for (Flip flip : flips) {
            List<Object> cells = new ArrayList<>();
            held.values().forEach(v -> cells.add(v.cell()));
            cells.add(axis.fineValue(flip.last()).cell());
            Rows.addObservation(cells, flip.before());
            cells.add(axis.fineValue(flip.first()).cell());
            Rows.addObservation(cells, flip.after());
            rows.add(cells);
        }
        return rows;
    }

    private Point with(Point held, AxisValue value) {
        List<AxisValue> values = new ArrayList<>(held.values());
        values.add(along, value);
        return new Point(values);
    }
}
