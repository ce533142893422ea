package whatif.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import whatif.scenario.AxisRange;
import whatif.scenario.SweepAxis;

/**
 * Numbers {@code FROM..TO:STEP}. Whole ranges stay whole and their fine lattice is every whole
 * number, so a boundary is found exactly; a decimal range's fine lattice is its own step, and its
 * values keep the scale of the most precise of the three.
 */
record NumberAxis(SweepAxis declared, AxisRange.Numbers range, int size) implements Axis {
    NumberAxis(SweepAxis declared, AxisRange.Numbers range) {
        this(declared, range, count(range));
    }

    private static int count(AxisRange.Numbers range) {
        BigDecimal steps = range.to().subtract(range.from()).divide(range.step(), 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(MAX_SIZE - 1L)) > 0) {
            throw new IllegalArgumentException("more than " + MAX_SIZE + " values");
        }
        return steps.intValueExact() + 1;
    }

    @Override
    public long fineIndex(int gridIndex) {
        return range.whole() ? gridIndex * range.step().longValueExact() : gridIndex;
    }

    @Override
    public AxisValue fineValue(long fineIndex) {
        if (range.whole()) {
            return AxisValue.of(range.from().longValueExact() + fineIndex);
        }
        int scale = Math.max(range.from().scale(), Math.max(range.to().scale(), range.step().scale()));
        return AxisValue.of(range.from().add(range.step().multiply(BigDecimal.valueOf(fineIndex))).setScale(scale, RoundingMode.UNNECESSARY));
    }
}
