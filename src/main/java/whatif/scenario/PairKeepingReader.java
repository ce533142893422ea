package whatif.scenario;

import java.io.Reader;
import java.util.Objects;

/**
 * Reads a string without ever ending a read between the two halves of a surrogate pair.
 * snakeyaml-engine 2.10's {@code StreamReader} fills its whole buffer and, when the last char is
 * a high surrogate, reads one more char past the buffer's end: an emoji that happens to straddle
 * its 1,025-char window throws {@code IndexOutOfBoundsException} (fixed in snakeyaml-engine 3.1.1).
 * Keeping each pair within one read avoids that path.
 */
final class PairKeepingReader extends Reader {
    private final String text;
    private int next;

    PairKeepingReader(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (next >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - next);
        if (count > 1 && Character.isHighSurrogate(text.charAt(next + count - 1))) {
            count--;
        }
        text.getChars(next, next + count, buffer, offset);
        next += count;
        return count;
    }

    @Override
    public void close() {
        // Nothing to release: the text is a string.
    }
}
