package whatif.verify;

import java.util.List;
import java.util.Objects;

/**
 * A point (or, for a monotonicity, two points along its axis) where an invariant does not hold:
 * the points' indices in the check's grid, the values observed there (for a monotonicity) and
 * what broke it.
 */
public record Finding(Invariant invariant, List<Long> points, List<String> observed, String detail) {
    public Finding {
        Objects.requireNonNull(invariant, "invariant");
        points = List.copyOf(points);
        observed = List.copyOf(observed);
        Objects.requireNonNull(detail, "detail");
    }
}
