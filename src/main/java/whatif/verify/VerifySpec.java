package whatif.verify;

import java.nio.file.Path;
import java.util.List;
import whatif.source.Diagnostic;

/** A verify file as read: its checks, and the problems found in it (a check with a problem is left out). */
public record VerifySpec(Path file, List<Check> checks, List<Diagnostic> diagnostics) {
    public VerifySpec {
        checks = List.copyOf(checks);
        diagnostics = List.copyOf(diagnostics);
    }
}
