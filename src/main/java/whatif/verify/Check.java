package whatif.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.scenario.SweepAxis;
import whatif.source.Span;

/**
 * One check of a verify file: the scenario it varies (a file, and the scenario's name where the
 * file has several), the axes it varies it along (as a sweep's, read by the same syntax), and the
 * invariants every point must keep.
 */
public record Check(String name, Span span, Path scenarioFile, Optional<String> scenarioName, Span scenarioSpan,
                    List<SweepAxis> axes, List<Invariant> invariants) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioSpan, "scenarioSpan");
        axes = List.copyOf(axes);
        invariants = List.copyOf(invariants);
    }

    /** The axes' names in order: {@code asOf}, {@code Proposal.rangeKm}. */
    public List<String> axisNames() {
        return axes.stream().map(SweepAxis::name).toList();
    }
}
