package whatif.scenario;

import java.nio.file.Path;
import java.util.List;
import whatif.source.Diagnostic;

/**
 * A scenario file read: the scenarios that could be read, those found but rejected, and every
 * problem found in it.
 *
 * @param readable false when the file could not be read or parsed at all, so no scenario in it
 *                 could even be counted
 */
public record ParsedFile(Path file, List<Scenario> scenarios, List<RejectedScenario> rejected,
                         List<Diagnostic> diagnostics, boolean readable) {
    public ParsedFile {
        scenarios = List.copyOf(scenarios);
        rejected = List.copyOf(rejected);
        diagnostics = List.copyOf(diagnostics);
    }

    public ParsedFile(Path file, List<Scenario> scenarios, List<Diagnostic> diagnostics) {
        this(file, scenarios, List.of(), diagnostics, true);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
