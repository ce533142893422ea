package whatif.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Finds where the outcome changes along one axis, the other axes held: first at every value of
 * the STEP grid, so that every change the grid can see is found, then by bisection between the
 * two grid values around each change, down to one step of the fine lattice (every whole number,
 * every day). Where the outcome changes more than once between two grid values, the changes are
 * followed from the first one found; one that changes and changes back between two grid values
 * with the same outcome is not seen.
 */
final class Bisection {
    private final Axis axis;
    private final LongFunction<Observation> probe;
    private final Stop stop;
    private final Map<Long, Observation> seen = new HashMap<>();

    /** @param probe the observation at a fine index of the axis */
    Bisection(Axis axis, LongFunction<Observation> probe, Stop stop) {
        this.axis = axis;
        this.probe = probe;
        this.stop = stop;
    }

    /** Every change found, in the axis's order; empty when stopped part way. */
    List<Flip> flips() {
        List<Flip> flips = new ArrayList<>();
        for (int i = 0; i + 1 < axis.size(); i++) {
            long lo = axis.fineIndex(i);
            long hi = axis.fineIndex(i + 1);
            Observation end = at(hi);
            while (!at(lo).equals(end) && !stop.isSet()) {
                Flip flip = bisect(lo, hi);
                flips.add(flip);
                lo = flip.first();
            }
            if (stop.isSet()) {
                return List.of();
            }
        }
        return flips;
    }

    /** With the outcome at {@code lo} different from that at {@code hi}: the first change after {@code lo}. */
    private Flip bisect(long lo, long hi) {
        Observation from = at(lo);
        while (hi - lo > 1 && !stop.isSet()) {
            long mid = lo + (hi - lo) / 2;
            if (at(mid).equals(from)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Flip(lo, from, hi, at(hi));
    }

    private Observation at(long fineIndex) {
        return seen.computeIfAbsent(fineIndex, probe::apply);
    }
}
