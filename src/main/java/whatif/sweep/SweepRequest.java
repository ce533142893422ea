package whatif.sweep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.scenario.ObservedField;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepDeclaration;

/**
 * What to sweep: the axes in grid order, the fields to observe (none: {@code status} and
 * {@code facts}), and optionally the axis to find boundaries along or adaptive refinement.
 */
public record SweepRequest(List<SweepAxis> vary, List<ObservedField> observe, Optional<String> findBoundary,
                           boolean adaptive) {
    public SweepRequest {
        vary = List.copyOf(vary);
        observe = List.copyOf(observe);
        Objects.requireNonNull(findBoundary, "findBoundary");
    }

    /** What a scenario's {@code sweep:} declares. */
    public static SweepRequest of(SweepDeclaration declared) {
        return new SweepRequest(declared.vary(), declared.observe(),
                declared.findBoundary().map(s -> s.text().strip()), declared.adaptive());
    }
}
