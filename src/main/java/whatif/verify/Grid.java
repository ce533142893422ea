package whatif.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of the axes' values, numbered in grid order: the last axis varies fastest, as
 * nested loops would write them. A point is its index; its values are computed, never stored.
 */
record Grid(List<Axis> axes) {
    Grid {
        axes = List.copyOf(axes);
    }

    long size() {
        long size = 1;
        for (Axis axis : axes) {
            size = Math.multiplyExact(size, axis.values().size());
        }
        return size;
    }

    /** The position along each axis of point {@code index}. */
    int[] positions(long index) {
        int[] positions = new int[axes.size()];
        long rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int n = axes.get(a).values().size();
            positions[a] = (int) (rest % n);
            rest /= n;
        }
        return positions;
    }

    List<String> values(long index) {
        int[] positions = positions(index);
        List<String> values = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            values.add(axes.get(a).values().get(positions[a]));
        }
        return values;
    }

    /** How far apart two neighbours along axis {@code a} are in grid order. */
    long stride(int a) {
        long stride = 1;
        for (int b = axes.size() - 1; b > a; b--) {
            stride *= axes.get(b).values().size();
        }
        return stride;
    }

    int indexOf(String target) {
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).target().equals(target)) {
                return a;
            }
        }
        return -1;
    }
}
