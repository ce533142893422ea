package whatif.verify;

import java.util.List;
import java.util.Objects;

/**
 * A point (or, for a monotonicity, two neighbouring points) where an invariant does not hold,
 * with the values of the check's axes at each point and what broke it.
 */
public record Finding(Invariant invariant, List<List<String>> points, List<String> observed, String detail) {
    public Finding {
        Objects.requireNonNull(invariant, "invariant");
        points = points.stream().map(List::copyOf).toList();
        observed = List.copyOf(observed);
        Objects.requireNonNull(detail, "detail");
    }
}
