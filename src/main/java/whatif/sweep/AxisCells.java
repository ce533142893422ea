package whatif.sweep;

import java.util.List;

/**
 * The cells of a grid's axes, made once for each value instead of once for each point: a sweep
 * of a million points over two axes of a thousand values writes two thousand distinct cells.
 * An axis longer than {@link #KEPT} makes its cells as they are asked for.
 */
final class AxisCells {
    /** The most values of an axis whose cells are kept. */
    static final int KEPT = 1 << 16;

    private final List<Axis> axes;
    private final Object[][] kept;

    AxisCells(Grid grid) {
        this.axes = grid.axes();
        this.kept = new Object[axes.size()][];
        for (int a = 0; a < axes.size(); a++) {
            Axis axis = axes.get(a);
            if (axis.size() <= KEPT) {
                kept[a] = new Object[axis.size()];
                for (int i = 0; i < axis.size(); i++) {
                    kept[a][i] = axis.value(i).cell();
                }
            }
        }
    }

    /** The cell of value {@code index} of axis {@code axis}, as {@link AxisValue#cell()} gives it. */
    Object cell(int axis, int index) {
        return kept[axis] != null ? kept[axis][index] : axes.get(axis).value(index).cell();
    }
}
