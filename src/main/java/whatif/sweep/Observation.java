package whatif.sweep;

import java.util.List;
import java.util.Objects;

/**
 * What one point gave: the observed fields' values in the sweep's order, and the error when the
 * rules could not run the point to its end (empty when they could). Two points have the same
 * outcome when their observations are equal: that is what a boundary separates.
 */
record Observation(List<String> values, String error) {
    Observation {
        values = List.copyOf(values);
        Objects.requireNonNull(error, "error");
    }

    boolean hasError() {
        return !error.isEmpty();
    }
}
