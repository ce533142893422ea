package whatif.chart;

import java.io.Closeable;
import java.util.Optional;

/**
 * The lines of a table file read one at a time: its header (the column names, where each is
 * written), then its rows. Where the file stops being readable the rows end, and a diagnostic
 * says where.
 */
interface RowSource extends Closeable {
    /** The column names as a row: line 1 of a CSV file, the keys of the first object of JSON Lines. */
    Row header();

    /** The next row, or nothing at the end or at the first place the file cannot be read. */
    Optional<Row> next();
}
