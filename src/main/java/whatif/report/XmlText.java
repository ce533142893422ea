package whatif.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text from files made fit for an XML 1.0 document: every character a terminal must not get is
 * escaped as in the text report (so a name reads the same in both), and so is every character
 * XML 1.0 cannot hold at all (U+FFFE, U+FFFF, a lone surrogate), which would make the whole
 * document unreadable. Markup characters are left to the XML writer.
 */
final class XmlText {
    private XmlText() {
    }

    /** One line of text. */
    static String of(String text) {
        String escaped = TerminalText.escape(text);
        StringBuilder out = null;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < escaped.length()
                    && Character.isLowSurrogate(escaped.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(escaped.charAt(i + 1));
                }
                i++;
            } else if (c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(escaped.substring(0, i));
                }
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? escaped : out.toString();
    }

    /** Several lines, each escaped, joined by line breaks. */
    static String lines(List<String> lines) {
        return lines.stream().map(XmlText::of).collect(Collectors.joining("\n"));
    }
}
