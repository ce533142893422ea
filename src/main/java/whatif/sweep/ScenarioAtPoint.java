package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import whatif.scenario.Scenario;
import whatif.scenario.WrittenValue;

/**
 * The scenario with a point's values written in ({@link Scenario#withValues}): each axis's text
 * into the given fact and field {@link SweepTargets} found for it, or {@code asOf}.
 */
final class ScenarioAtPoint {
    private final Scenario base;
    private final List<AxisTarget> targets;

    ScenarioAtPoint(Scenario base, List<AxisTarget> targets) {
        this.base = base;
        this.targets = List.copyOf(targets);
    }

    Scenario at(Point point) {
        List<WrittenValue> values = new ArrayList<>(targets.size());
        for (int a = 0; a < targets.size(); a++) {
            AxisTarget target = targets.get(a);
            String text = point.values().get(a).text();
            values.add(target.isAsOf() ? WrittenValue.asOf(text) : new WrittenValue(target.given(), target.field(), text));
        }
        return base.withValues(values);
    }
}
