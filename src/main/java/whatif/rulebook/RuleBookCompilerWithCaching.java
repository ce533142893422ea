package whatif.rulebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link RuleBookCompiler} that first looks in a {@link RuleBookCache} and keeps what it compiles
 * there. Only rule books are kept: rules that do not compile are compiled again each time, so a
 * failure that depends on the JVM (a stack too small for a deeply nested rule) is never replayed.
 * A cache that fails in any way costs a compilation and one note, never a different result.
 */
public final class RuleBookCompilerWithCaching {
    private final RuleBookCache cache;
    private final Consumer<String> notes;

    /** @param notes takes one line for each problem with the cache (an entry ignored, an entry not written) */
    public RuleBookCompilerWithCaching(RuleBookCache cache, Consumer<String> notes) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** A folder's rules, kept in and read from {@code cacheFolder} when there is one, else compiled. */
    public static Compilation compileFolder(Path folder, Optional<Path> cacheFolder, Consumer<String> notes) {
        return cacheFolder.map(cache -> new RuleBookCompilerWithCaching(new RuleBookCache(cache), notes).compileFolder(folder))
                .orElseGet(() -> RuleBookCompiler.compileFolder(folder));
    }

    public Compilation compileFolder(Path folder) {
        return RuleBookCompiler.compileFolder(folder, this::compile);
    }

    public Compilation compile(List<RuleSource> sources) {
        RuleBookKey key = RuleBookKey.of(sources, CompilerIdentity.current());
        RuleBookCache.Lookup found = cache.find(key, sources);
        found.problem().ifPresent(notes);
        if (found.compilation().isPresent()) {
            return found.compilation().get();
        }
        Compilation compiled = RuleBookCompiler.compile(sources);
        if (compiled.ruleBook().isPresent()) {
            cache.keep(key, compiled).ifPresent(notes);
        }
        return compiled;
    }
}
