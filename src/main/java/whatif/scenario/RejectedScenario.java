package whatif.scenario;

import java.util.List;
import java.util.Objects;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * A scenario found in a file but not read, because something in it is wrong: it is not run (run
 * half-read it could pass wrongly) but it is counted, so that a broken scenario never vanishes
 * from a report.
 *
 * @param name        the scenario's name as written, or empty when it has none
 * @param span        where the scenario is: its {@code name}, or the start of its mapping
 * @param diagnostics the problems found inside it
 */
public record RejectedScenario(String name, Span span, List<Diagnostic> diagnostics) {
    public RejectedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        diagnostics = List.copyOf(diagnostics);
    }
}
