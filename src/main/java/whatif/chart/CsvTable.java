package whatif.chart;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * A CSV file as a {@link Table}, such as a sweep writes: a header of column names, then rows. The
 * rows stream from the reader; only the first thousand are held, to tell what each column holds
 * (numbers or dates if most cells written are, else text; a column with no cell written is read as
 * numbers, gaps). A file that stops being CSV part way ends the rows there, with a diagnostic at
 * the place.
 */
public final class CsvTable implements Closeable {
    static final int ROWS_TO_TELL_KINDS = 1000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final CsvFactory CSV = new CsvFactory();

    private final Path origin;
    private final CsvParser parser;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Deque<Row> ahead = new ArrayDeque<>();
    private final List<String> names;
    private boolean used;

    private CsvTable(Path origin, Reader reader) throws IOException {
        this.origin = origin;
        this.parser = (CsvParser) CSV.createParser(reader);
        this.names = next().map(Row::cells).orElse(List.of());
        for (int i = 0; i < ROWS_TO_TELL_KINDS; i++) {
            Optional<Row> row = next();
            if (row.isEmpty()) {
                break;
            }
            ahead.add(row.get());
        }
    }

    /** Reads {@code reader} as CSV; {@code origin} names it in diagnostics. The caller closes the table. */
    public static CsvTable read(Path origin, Reader reader) throws IOException {
        return new CsvTable(origin, reader);
    }

    /** The table, whose rows can be read once. */
    public Table table() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(Column.of(names.get(i), kindOf(i)));
        }
        return new Table(origin, columns, this::rows);
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
        return ahead.isEmpty() ? next() : Optional.of(ahead.poll());
    }

    /** The next row of the file, or nothing at its end or at the first place it stops being CSV. */
    private Optional<Row> next() {
        try {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            // The array's own location is where the row before ended: the first cell's says where this one starts.
            int line = 0;
            List<String> cells = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                JsonLocation at = parser.currentTokenLocation();
                line = line == 0 ? at.getLineNr() : line;
                cells.add(parser.getText());
                columns.add(Math.max(1, at.getColumnNr()));
            }
            return Optional.of(new Row(Math.max(1, line), cells, columns));
        } catch (IOException e) {
            JsonLocation at = parser.currentLocation();
            problems.add(Diagnostic.error(DiagnosticCode.TABLE_SYNTAX,
                            Span.at(origin, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
                            "the file stops being CSV here: " + firstLine(e.getMessage()))
                    .withLabel("expected comma-separated cells, text with commas or quotes in double quotes")
                    .withHint("the rows before this one are charted"));
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
