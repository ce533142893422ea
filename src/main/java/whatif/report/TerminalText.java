package whatif.report;

/**
 * Makes text from files safe to print on a terminal. A scenario name, a rule name, a fact value
 * or a quoted source line is the user's data, not ours: a newline in it could forge a
 * {@code PASS} line, a carriage return overwrite {@code FAIL}, an escape sequence clear the
 * screen, a bidi control reorder what the reader sees. Every such character is shown as an
 * escape ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}) instead, as JSON does.
 *
 * <p>Backslashes are left alone on purpose: a source line quoting {@code "a\nb"} shows what is
 * written in the file, and the escapes cannot break a line, which is all that matters here.
 */
public final class TerminalText {
    /** Tabs in quoted source lines become this many spaces, as rustc shows them. */
    static final int TAB_WIDTH = 4;

    private TerminalText() {
    }

    /** One line of text, with every character that could move the cursor or reorder text escaped. */
    public static String escape(CharSequence text) {
        if (!needsEscaping(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(text.charAt(i), out);
        }
        return out.toString();
    }

    /**
     * A line quoted from a source file: as {@link #escape}, except that a tab becomes spaces, so
     * that indentation stays readable and a caret under the line can be placed by counting.
     */
    public static String sourceLine(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(" ".repeat(TAB_WIDTH));
            } else {
                appendEscaped(c, out);
            }
        }
        return out.toString();
    }

    /**
     * Whether a character must not reach a terminal as it is: C0 controls, DEL, C1 controls, the
     * Unicode line and paragraph separators, and the bidi embeddings, overrides and isolates
     * (U+202A to U+202E, U+2066 to U+2069) that "Trojan Source" uses.
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean needsEscaping(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void appendEscaped(char c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (isUnsafe(c)) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
