package whatif.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes what it is given to two writers: the rows a sweep prints, and a copy of them for its
 * chart to read back once the sweep is done. Closing closes neither: each belongs to its opener.
 */
final class TeeWriter extends Writer {
    private final Writer first;
    private final Writer second;

    TeeWriter(Writer first, Writer second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        first.write(text, offset, length);
        second.write(text, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        first.write(text, offset, length);
        second.write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
        first.flush();
        second.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
