package whatif.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * Whether a diagnostic points inside the text it is about. Lines are split as the renderer reads
 * them ({@code \n}, {@code \r\n} or {@code \r}); a column may be one past the end of its line
 * (where something is missing, which a one-column span may underline), and the end of the text,
 * after a final line break, is the first column of the line after the last.
 */
final class SpanBounds {
    private final Path file;
    private final List<String> lines;
    private final boolean endsWithBreak;

    SpanBounds(Path file, String text) {
        this.file = file;
        this.lines = text.lines().toList();
        this.endsWithBreak = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
    }

    Optional<Finding> check(Diagnostic d) {
        Span span = d.span();
        if (!span.file().equals(file)) {
            return Optional.of(new Finding("a diagnostic names another file", span + " for " + file + ": " + d.oneLine()));
        }
        if (!inside(span.line(), span.column())) {
            return Optional.of(new Finding("a diagnostic starts outside the file", where(span.line(), span.column()) + ": " + d.oneLine()));
        }
        // A one-column span just past the end of a line marks something missing there (`expect:` with no value).
        boolean oneColumnAtLineEnd = span.end().column() == span.column() + 1;
        if (span.end().line() == span.line() && !oneColumnAtLineEnd && !inside(span.end().line(), span.end().column())) {
            return Optional.of(new Finding("a diagnostic ends outside the file",
                    "end " + where(span.end().line(), span.end().column()) + ": " + d.oneLine()));
        }
        return Optional.empty();
    }

    private boolean inside(int line, int column) {
        if (line >= 1 && line <= lines.size()) {
            return column >= 1 && column <= lines.get(line - 1).length() + 1;
        }
        boolean firstColumnAfterLastBreak = line == lines.size() + 1 && column == 1 && endsWithBreak;
        return firstColumnAfterLastBreak;
    }

    private String where(int line, int column) {
        String length = line >= 1 && line <= lines.size() ? ", whose length is " + lines.get(line - 1).length() : "";
        return line + ":" + column + " in " + lines.size() + " lines" + length;
    }
}
