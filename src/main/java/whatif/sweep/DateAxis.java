package whatif.sweep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import whatif.scenario.AxisRange;
import whatif.scenario.SweepAxis;

/**
 * Dates {@code FROM..TO:STEP}, each {@code FROM} plus a whole number of steps (so that 31 January
 * by months gives the last day of each shorter month, not a drifting day). The fine lattice is
 * every day: a boundary is found to the day.
 */
record DateAxis(SweepAxis declared, AxisRange.Dates range, int size) implements Axis {
    DateAxis(SweepAxis declared, AxisRange.Dates range) {
        this(declared, range, count(range));
    }

    private static int count(AxisRange.Dates range) {
        int n = 0;
        while (n < MAX_SIZE && !at(range, n).isAfter(range.to())) {
            n++;
        }
        if (n == MAX_SIZE) {
            throw new IllegalArgumentException("more than " + MAX_SIZE + " values");
        }
        return n;
    }

    private static LocalDate at(AxisRange.Dates range, int n) {
        return range.from().plus(range.step().multipliedBy(n));
    }

    @Override
    public long fineIndex(int gridIndex) {
        return ChronoUnit.DAYS.between(range.from(), at(range, gridIndex));
    }

    @Override
    public AxisValue fineValue(long fineIndex) {
        return AxisValue.ofText(range.from().plusDays(fineIndex).toString());
    }
}
