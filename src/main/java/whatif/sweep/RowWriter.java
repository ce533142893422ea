package whatif.sweep;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a sweep's rows as they come, each whole: a header naming the columns, then one row per
 * point or boundary. Cells are {@code Long}, {@code BigDecimal}, text, or null for none.
 */
interface RowWriter {
    void header(List<String> columns) throws IOException;

    void row(List<Object> cells) throws IOException;

    /** Pushes what was written to the underlying writer; rows are whole, so the output is valid after each. */
    void flush() throws IOException;

    /** A cell as text: numbers plain, never in exponent form; none as the empty text. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    }
}
