package whatif.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A {@link PrintWriter} for what a person reads in a terminal: everything written through it is
 * passed through {@link TerminalText#escape}, and the only line breaks that reach the terminal
 * are the ones {@link #println()} writes. The text reporter and the diagnostic renderer print
 * through one, so that no line of file text, today's or a future one, can forget to be escaped.
 *
 * <p>Break lines with {@code println}, never with {@code "\n"} or {@code %n} in the text: those
 * are escaped like any other newline in the data. Writing escaped text again changes nothing.
 */
public final class TerminalWriter extends PrintWriter {
    private final String lineSeparator = System.lineSeparator();

    private TerminalWriter(Writer out) {
        super(out, false);
    }

    /** {@code out} itself when it already escapes, else a new escaping writer over it. */
    public static TerminalWriter over(Writer out) {
        return out instanceof TerminalWriter terminal ? terminal : new TerminalWriter(out);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) {
        String escaped = TerminalText.escape(s.substring(off, off + len));
        super.write(escaped, 0, escaped.length());
    }

    @Override
    public void println() {
        synchronized (lock) {
            try {
                out.write(lineSeparator); // past write(String): the one line break that is ours
            } catch (IOException e) {
                setError();
            }
        }
    }
}
