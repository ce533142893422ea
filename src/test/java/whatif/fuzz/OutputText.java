package whatif.fuzz;

import java.util.Optional;

/**
 * Checks on what a command printed. A raw control character (other than the line break) copied
 * from a scenario or rule file lets that file move the cursor, recolour or clear the user's
 * terminal, or hide text in a CI log.
 */
final class OutputText {
    private OutputText() {
    }

    static Optional<Finding> rawControlCharacter(String stream, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && Character.isISOControl(c)) {
                int from = Math.max(0, text.lastIndexOf('\n', i) + 1);
                int to = text.indexOf('\n', i);
                String line = text.substring(from, to < 0 ? text.length() : to);
                return Optional.of(new Finding(String.format("raw U+%04X in %s", (int) c, stream),
                        "in the line " + Escaped.of(line.length() > 300 ? line.substring(0, 300) : line)));
            }
        }
        return Optional.empty();
    }
}
