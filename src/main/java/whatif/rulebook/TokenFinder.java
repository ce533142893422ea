package whatif.rulebook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whatif.source.Span;

/**
 * Finds where a name stands in a DRL file. Drools reports some errors at the start of the
 * pattern or rule rather than at the name it could not resolve; searching for that name from
 * the reported line recovers the real line and column.
 */
final class TokenFinder {
    private final RuleSource source;

    TokenFinder(RuleSource source) {
        this.source = source;
    }

    /** The first whole-word occurrence of {@code token} on lines {@code from..to} (inclusive). */
    Optional<Span> find(String token, int from, int to) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])");
        int last = Math.min(to, source.lineCount());
        for (int line = Math.max(1, from); line <= last; line++) {
            Matcher m = word.matcher(source.line(line));
            if (m.find()) {
                return Optional.of(Span.of(source.path(), line, m.start() + 1, token.length()));
            }
        }
        return Optional.empty();
    }

    /** The first non-blank column of {@code line}, for errors that only know their line. */
    Span lineStart(int line) {
        int safeLine = Math.max(1, Math.min(line, source.lineCount()));
        String text = source.line(safeLine);
        int column = 1;
        while (column <= text.length() && Character.isWhitespace(text.charAt(column - 1))) {
            column++;
        }
        int width = text.strip().length();
        return Span.of(source.path(), safeLine, column, width);
    }
}
