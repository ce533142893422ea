package whatif.report;

import java.util.Locale;

/**
 * Text from files made safe for an HTML page. Markup characters become entities, so a name like
 * {@code <script>} is shown, never run; control and bidi characters are shown escaped as in the
 * text report ({@code \u001b}), so nothing in a file can hide or reorder what the page shows.
 */
final class Html {
    private Html() {
    }

    /** One line of file text, for an element's content or an attribute's value. */
    static String text(String text) {
        return markup(TerminalText.escape(text));
    }

    /**
     * Several lines already made safe for a terminal (a rendered diagnostic): only markup is
     * escaped, and the line breaks stay.
     */
    static String lines(String terminalText) {
        return markup(terminalText.replace("\r\n", "\n"));
    }

    /** A link target only for web addresses: any other scheme ({@code javascript:}, {@code file:}) is shown as text. */
    static boolean isWebAddress(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && url.strip().equals(url)
                && url.chars().noneMatch(c -> c <= ' ' || TerminalText.isUnsafe((char) c));
    }

    private static String markup(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
