package whatif.sweep;

import whatif.scenario.AxisRange;
import whatif.scenario.SweepAxis;

/**
 * An axis of a grid: the values of its range on the STEP grid, indexed from 0, and beneath them
 * the finer lattice a boundary is bisected on: every whole number, every day, or, for decimals,
 * the step itself. Grid index {@code i} is fine index {@link #fineIndex(int)}.
 */
public sealed interface Axis permits NumberAxis, DateAxis, ListedAxis {
    /** The most values an axis may have: a grid index is an {@code int}. */
    int MAX_SIZE = 100_000_000;

    SweepAxis declared();

    /** How many values on the STEP grid, {@code FROM} to the last step not past {@code TO}. */
    int size();

    /** Where grid index {@code gridIndex} lies on the fine lattice. */
    long fineIndex(int gridIndex);

    /** The value at {@code fineIndex} of the fine lattice. */
    AxisValue fineValue(long fineIndex);

    default AxisValue value(int gridIndex) {
        return fineValue(fineIndex(gridIndex));
    }

    default String name() {
        return declared().name();
    }

    /** The axis a declaration describes; an axis of more than {@link #MAX_SIZE} values is refused. */
    public static Axis of(SweepAxis declared) {
        if (declared.range() instanceof AxisRange.Listed listed) {
            return new ListedAxis(declared, listed);
        }
        return declared.range() instanceof AxisRange.Numbers numbers
                ? new NumberAxis(declared, numbers) : new DateAxis(declared, (AxisRange.Dates) declared.range());
    }
}
