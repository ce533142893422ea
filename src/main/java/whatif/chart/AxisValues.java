package whatif.chart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct values met along one axis, each numbered in the order first met, so that cells can
 * be stored as they stream in; sorted once at the end to be drawn. Holds one entry per distinct
 * value, never one per row.
 */
final class AxisValues {
    private final Map<Double, Integer> numbers = new HashMap<>();
    private double[] values = new double[16];

    /** The number of {@code value}, given when first met. */
    int indexOf(double value) {
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        int index = numbers.size();
        if (index == values.length) {
            values = Arrays.copyOf(values, index * 2);
        }
        values[index] = value;
        numbers.put(value, index);
        return index;
    }

    int size() {
        return numbers.size();
    }

    /** The values in ascending order, each with the number it was given. */
    Sorted sorted() {
        Integer[] order = new Integer[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ascending = new double[order.length];
        int[] numbering = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            ascending[i] = values[order[i]];
            numbering[i] = order[i];
        }
        return new Sorted(ascending, numbering);
    }

    /**
     * Values ascending, with the number each was given. A value stands for the stretch of the axis
     * half way to each neighbour; the first and last reach as far out as in. Stretches meet
     * exactly: one's high edge is the next one's low edge, the same double.
     */
    record Sorted(double[] values, int[] numbers) {
        int size() {
            return values.length;
        }

        double lowEdge(int position) {
            if (position > 0) {
                return between(position - 1);
            }
            return values.length > 1 ? values[0] - (values[1] - values[0]) / 2 : values[0] - 0.5;
        }

        double highEdge(int position) {
            int last = values.length - 1;
            if (position < last) {
                return between(position);
            }
            return last > 0 ? values[last] + (values[last] - values[last - 1]) / 2 : values[last] + 0.5;
        }

        /** Between two neighbours: where one value's stretch ends and the next one's begins. */
        double between(int position) {
            return (values[position] + values[position + 1]) / 2;
        }
    }
}
