package whatif.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of its axes' values, in grid order: the first axis varies slowest and the
 * last fastest, as nested loops written in the axes' order would walk them.
 */
public record Grid(List<Axis> axes, long size) {
    /** The most points a grid may have. */
    static final long MAX_SIZE = 1L << 40;

    public Grid {
        axes = List.copyOf(axes);
    }

    /** @throws IllegalArgumentException or {@link ArithmeticException} when the grid has more than {@link #MAX_SIZE} points */
    public static Grid of(List<Axis> axes) {
        long size = 1;
        for (Axis axis : axes) {
            size = Math.multiplyExact(size, axis.size());
            if (size > MAX_SIZE) {
                throw new IllegalArgumentException("more than " + MAX_SIZE + " points");
            }
        }
        return new Grid(axes, size);
    }

    /** The index of each axis at grid index {@code index}. */
    public int[] coordinates(long index) {
        int[] at = new int[axes.size()];
        long rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int n = axes.get(a).size();
            at[a] = (int) (rest % n);
            rest /= n;
        }
        return at;
    }

    /** Moves {@code coordinates} to the next point in grid order, as {@code coordinates(indexOf(coordinates) + 1)}. */
    void advance(int[] coordinates) {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++coordinates[a] < axes.get(a).size()) {
                return;
            }
            coordinates[a] = 0;
        }
    }

    /** The grid index of the point at these indices of the axes. */
    public long indexOf(int[] coordinates) {
        long index = 0;
        for (int a = 0; a < axes.size(); a++) {
            index = index * axes.get(a).size() + coordinates[a];
        }
        return index;
    }

    public Point pointAt(long index) {
        return pointAt(coordinates(index));
    }

    Point pointAt(int[] coordinates) {
        List<AxisValue> values = new ArrayList<>(axes.size());
        for (int a = 0; a < axes.size(); a++) {
            values.add(axes.get(a).value(coordinates[a]));
        }
        return new Point(values);
    }

    List<String> names() {
        return axes.stream().map(Axis::name).toList();
    }
}
