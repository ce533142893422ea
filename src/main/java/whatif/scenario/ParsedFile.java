package whatif.scenario;

import java.nio.file.Path;
import java.util.List;
import whatif.source.Diagnostic;

/** A scenario file read: the scenarios that could be read, and every problem found in it. */
public record ParsedFile(Path file, List<Scenario> scenarios, List<Diagnostic> diagnostics) {
    public ParsedFile {
        scenarios = List.copyOf(scenarios);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
