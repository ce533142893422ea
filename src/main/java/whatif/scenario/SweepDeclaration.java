package whatif.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * A scenario's {@code sweep:}: the axes to vary, the fields to observe, and optionally the axis
 * to find boundaries along, adaptive refinement, and where to write rows and a chart; so that
 * {@code whatif sweep FILE} reproduces a table or figure from the repository.
 *
 * @param findBoundary the name of one of {@code vary}'s axes
 * @param output       a file for the rows, relative to the folder whatif runs in
 * @param chart        a file for a chart of the rows, relative to the folder whatif runs in
 */
public record SweepDeclaration(List<SweepAxis> vary, List<ObservedField> observe, Optional<Scalar> findBoundary,
                               boolean adaptive, Optional<Scalar> output, Optional<Scalar> chart, Span span) {
    public SweepDeclaration {
        vary = List.copyOf(vary);
        observe = List.copyOf(observe);
        Objects.requireNonNull(findBoundary, "findBoundary");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(span, "span");
    }
}
