package whatif.source;

/**
 * The line and column of a place in a text, counted as editors and the YAML parser count them:
 * lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count characters (code
 * points), so an emoji is one column.
 */
public final class TextPosition {
    private TextPosition() {
    }

    /** Where the character at {@code index} (a {@code char} index) is. */
    public static Position of(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return Position.of(line, column);
    }

    /** Where the text's first character beyond the first {@code codePoints} code points is. */
    public static Position afterCodePoints(String text, int codePoints) {
        return of(text, text.offsetByCodePoints(0, codePoints));
    }
}
