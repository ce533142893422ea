package whatif.chart;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import whatif.source.Diagnostic;

/**
 * A file of rows as a {@link Table}, such as a sweep writes: CSV (a header of column names, then
 * rows) or, for a name ending in {@code .jsonl}, JSON Lines. The rows stream from the reader; only
 * the first thousand are held, to tell what each column holds (numbers or dates if most cells
 * written are, else text; a column with no cell written is read as numbers, gaps). A file that
 * stops being readable part way ends the rows there, with a diagnostic at the place.
 */
public final class TableFile implements Closeable {
    static final int ROWS_TO_TELL_KINDS = 1000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Path origin;
    private final RowSource source;
    private final List<Diagnostic> problems;
    private final Deque<Row> ahead = new ArrayDeque<>();
    private boolean used;

    private TableFile(Path origin, RowSource source, List<Diagnostic> problems) {
        this.origin = origin;
        this.source = source;
        this.problems = problems;
        for (int i = 0; i < ROWS_TO_TELL_KINDS; i++) {
            Optional<Row> row = source.next();
            if (row.isEmpty()) {
                break;
            }
            ahead.add(row.get());
        }
    }

    /**
     * Reads {@code reader} as the format {@code origin}'s name says: JSON Lines for {@code .jsonl},
     * else CSV; {@code origin} names it in diagnostics. The caller closes the table.
     */
    public static TableFile read(Path origin, Reader reader) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        RowSource source = isJsonLines(origin) ? new JsonlRows(origin, reader, problems) : new CsvRows(origin, reader, problems);
        return new TableFile(origin, source, problems);
    }

    /** Reads {@code reader} as CSV; {@code origin} names it in diagnostics. The caller closes the table. */
    public static TableFile csv(Path origin, Reader reader) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        return new TableFile(origin, new CsvRows(origin, reader, problems), problems);
    }

    static boolean isJsonLines(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** The table, whose rows can be read once. */
    public Table table() {
        List<String> names = source.header().cells();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(Column.of(names.get(i), kindOf(i)));
        }
        return new Table(origin, columns, source.header(), this::rows);
    }

    /** Problems met reading the file so far: all of them once the rows have been read. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(problems);
    }

    /** What most of the column's first cells written are: a stray bad cell is then reported where it is. */
    private ColumnKind kindOf(int index) {
        int dates = 0;
        int numbers = 0;
        int written = 0;
        for (Row row : ahead) {
            String cell = row.cell(index).strip();
            if (!cell.isEmpty()) {
                written++;
                dates += DATE.matcher(cell).matches() ? 1 : 0;
                numbers += isNumber(cell) ? 1 : 0;
            }
        }
        if (written == 0 || numbers * 2 > written) {
            return ColumnKind.NUMBER;
        }
        return dates * 2 > written ? ColumnKind.DATE : ColumnKind.TEXT;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return !cell.endsWith("d") && !cell.endsWith("f") && !cell.endsWith("D") && !cell.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Iterator<Row> rows() {
        if (used) {
            throw new IllegalStateException("the rows of " + origin + " have been read already");
        }
        used = true;
        return new Iterator<>() {
            private Optional<Row> next = advance();

            @Override
            public boolean hasNext() {
                return next.isPresent();
            }

            @Override
            public Row next() {
                Row row = next.orElseThrow(NoSuchElementException::new);
                next = advance();
                return row;
            }
        };
    }

    private Optional<Row> advance() {
        return ahead.isEmpty() ? source.next() : Optional.of(ahead.poll());
    }

    static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
