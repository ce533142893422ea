package whatif.sweep;

import java.util.List;

/** One point to evaluate: a value of each axis, in the axes' order. */
public record Point(List<AxisValue> values) {
    public Point {
        values = List.copyOf(values);
    }
}
