package whatif.rulebook;

import java.nio.file.Path;
import java.util.List;

/**
 * What compiling a rules folder again gave, and how much of it was new work.
 *
 * @param compilation the rule book or the diagnostics, as {@link RuleBookCompiler#compileFolder} gives them
 * @param changed     the files (rules and sources file) whose text differs from the previous compilation's,
 *                    or was added or removed; every file the first time; empty when nothing changed
 * @param rebuilt     the rule files Drools compiled this time: every file for a full build, only the changed
 *                    ones when the rest was reused, none when nothing changed or a file does not parse
 * @param files       how many rule files the folder holds
 */
public record Recompilation(Compilation compilation, List<Path> changed, List<Path> rebuilt, int files) {
    public Recompilation {
        changed = List.copyOf(changed);
        rebuilt = List.copyOf(rebuilt);
    }

    public boolean hasChanges() {
        return !changed.isEmpty();
    }
}
