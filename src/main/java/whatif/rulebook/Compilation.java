package whatif.rulebook;

import java.util.List;
import java.util.Optional;
import whatif.source.Diagnostic;

/** What compiling rules gave: a rule book when there was no error, and every diagnostic. */
public record Compilation(Optional<RuleBook> ruleBook, List<Diagnostic> diagnostics) {
    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    static Compilation failed(List<Diagnostic> diagnostics) {
        return new Compilation(Optional.empty(), diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
