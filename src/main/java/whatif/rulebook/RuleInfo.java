package whatif.rulebook;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import whatif.source.Span;

/**
 * A rule of the rule book: its name, where it is written and its metadata
 * ({@code @source("S22") @date("2012-10-07")} as {@code source -> S22}).
 *
 * @param line   the line of its {@code rule} keyword
 * @param column the column of its {@code rule} keyword, from 1
 */
public record RuleInfo(String name, String packageName, Path file, int line, Map<String, String> metadata, int column) {
    public RuleInfo {
        Objects.requireNonNull(name, "name");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
        column = Math.max(1, column);
    }

    /** A rule written at the start of its line. */
    public RuleInfo(String name, String packageName, Path file, int line, Map<String, String> metadata) {
        this(name, packageName, file, line, metadata, 1);
    }

    /** Where the rule is written, for a report that points at it (a loop, an exception). */
    public Span span() {
        return Span.of(file, Math.max(1, line), column, "rule".length());
    }
}
