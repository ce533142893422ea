package whatif.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Diagnostic;

/**
 * A drawn chart's bytes, or none when nothing could be drawn, and the problems met in the table:
 * a bad cell leaves out its row and is reported, and the rest is still drawn.
 */
public record Rendering(Optional<byte[]> image, List<Diagnostic> diagnostics) {
    public Rendering {
        Objects.requireNonNull(image, "image");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
