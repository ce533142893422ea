package whatif.sweep;

import java.util.List;

/** One point to evaluate: a value of each axis, in the axes' order. */
record Point(List<AxisValue> values) {
    Point {
        values = List.copyOf(values);
    }
}
