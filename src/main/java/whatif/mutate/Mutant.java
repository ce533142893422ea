package whatif.mutate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import whatif.rulebook.RuleSource;
import whatif.source.Position;

/**
 * One small change to one rule: the rule book with it is a mutant, which a good set of scenarios
 * tells apart from the real one.
 *
 * @param rule   the name of the rule changed
 * @param file   the rule file, as the rules folder was read
 * @param at     where the change is (the rule's first condition for a removal)
 * @param edit   the change to the file's text
 * @param before the condition as written (empty for a removal)
 * @param after  the condition as changed (empty for a removal)
 */
public record Mutant(String rule, Path file, Position at, MutationKind kind, TextEdit edit, String before, String after) {
    public Mutant {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The rule files with this change made in its file. */
    public List<RuleSource> applyTo(List<RuleSource> sources) {
        return sources.stream()
                .map(source -> source.path().equals(file) ? new RuleSource(file, edit.applyTo(source.text())) : source)
                .toList();
    }

    /** What changed, for a person: {@code `rangeKm > 800` -> `rangeKm >= 800`}, or {@code rule removed}. */
    public String change() {
        return kind == MutationKind.RULE_REMOVED ? "rule removed" : "`" + before + "` -> `" + after + "`";
    }

    /** {@code file:line:column}, the form editors and terminals turn into links. */
    public String location() {
        return file + ":" + at;
    }
}
