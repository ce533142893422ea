package whatif.sweep;

import whatif.scenario.AxisRange;
import whatif.scenario.SweepAxis;

/**
 * Values listed one by one, in the order written ({@code [0, 180, 181]}, as a verify file may
 * vary an axis). Nothing lies between two of them, so the fine lattice is the list itself: a
 * boundary is found between two neighbouring values.
 */
record ListedAxis(SweepAxis declared, AxisRange.Listed range) implements Axis {
    ListedAxis {
        if (range.values().size() > MAX_SIZE) {
            throw new IllegalArgumentException("more than " + MAX_SIZE + " values");
        }
    }

    @Override
    public int size() {
        return range.values().size();
    }

    @Override
    public long fineIndex(int gridIndex) {
        return gridIndex;
    }

    @Override
    public AxisValue fineValue(long fineIndex) {
        return AxisValue.ofText(range.values().get((int) fineIndex));
    }
}
