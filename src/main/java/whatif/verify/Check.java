package whatif.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * One check of a verify file: the scenario it varies (a file, and the scenario's name where the
 * file has several), the axes it varies it along, and the invariants every point must keep.
 */
public record Check(String name, Span span, Path scenarioFile, Optional<String> scenarioName, Span scenarioSpan,
                    List<Axis> axes, List<Invariant> invariants) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioSpan, "scenarioSpan");
        axes = List.copyOf(axes);
        invariants = List.copyOf(invariants);
    }

    public long points() {
        return new Grid(axes).size();
    }
}
