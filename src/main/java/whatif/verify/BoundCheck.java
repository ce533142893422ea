package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import whatif.run.PointValue;
import whatif.run.PreparedScenario;
import whatif.scenario.Scenario;
import whatif.sweep.Grid;

/**
 * A check bound to the rule book by {@link CheckBinder}: its scenario prepared once, each axis's
 * values converted to the input it changes (so a point only picks them), and the grid of points,
 * numbered as a sweep numbers them (the last axis varying fastest).
 *
 * @param values for each axis, the value at each of its indices
 */
public record BoundCheck(Check check, PreparedScenario prepared, Grid grid, List<List<PointValue>> values) {
    public BoundCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(grid, "grid");
        values = values.stream().map(List::copyOf).toList();
    }

    /** The inputs' values at grid index {@code index}, in the axes' order. */
    List<PointValue> valuesAt(long index) {
        int[] at = grid.coordinates(index);
        List<PointValue> point = new ArrayList<>(at.length);
        for (int a = 0; a < at.length; a++) {
            point.add(values.get(a).get(at[a]));
        }
        return point;
    }

    /** The scenario file that point {@code index} stands for: the check's scenario with the point's values written in. */
    public Scenario scenarioAt(long index) {
        return prepared.scenarioAt(valuesAt(index));
    }

    /** {@code asOf 2015-06-01, Proposal.rangeKm 800}: each axis and its value at the point, leaving out {@code except} (-1: none). */
    String pointText(long index, int except) {
        List<String> names = check.axisNames();
        List<String> parts = new ArrayList<>();
        var point = grid.pointAt(index);
        for (int a = 0; a < names.size(); a++) {
            if (a != except) {
                parts.add(names.get(a) + " " + point.values().get(a).text());
            }
        }
        return String.join(", ", parts);
    }

    /** The value of axis {@code axis} at point {@code index}, as the report writes it. */
    String valueText(long index, int axis) {
        return grid.pointAt(index).values().get(axis).text();
    }
}
