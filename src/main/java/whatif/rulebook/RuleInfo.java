package whatif.rulebook;

import java.util.TreeMap;
import java.util.Collections;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A rule of the rule book: its name, where it is written and its metadata
 * ({@code @source("S22") @date("2012-10-07")} as {@code source -> S22}).
 */
public record RuleInfo(String name, String packageName, Path file, int line, Map<String, String> metadata) {
    public RuleInfo {
        Objects.requireNonNull(name, "name");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
