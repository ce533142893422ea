package whatif.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A stretch of a file that a diagnostic or a value points at. {@code end} is exclusive and on
 * the same line for most spans; a span of unknown length has {@code end == start}.
 */
public record Span(Path file, Position start, Position end) {
    public Span {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static Span at(Path file, int line, int column) {
        Position p = Position.of(line, column);
        return new Span(file, p, p);
    }

    public static Span of(Path file, int line, int column, int length) {
        return new Span(file, Position.of(line, column), Position.of(line, column + Math.max(0, length)));
    }

    /** The whole file, for problems that have no better place (an empty folder, a missing file). */
    public static Span wholeFile(Path file) {
        return at(file, 1, 1);
    }

    public int line() {
        return start.line();
    }

    public int column() {
        return start.column();
    }

    /** How many columns the span underlines on its first line; at least 1. */
    public int width() {
        return end.line() == start.line() ? Math.max(1, end.column() - start.column()) : 1;
    }

    /** {@code file:line:column}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + start.line() + ":" + start.column();
    }
}
