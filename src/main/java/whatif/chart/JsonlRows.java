package whatif.chart;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * The rows of a JSON Lines file, as a sweep writes them with {@code -o FILE.jsonl}: one object a
 * line, its keys the columns. The first object's keys are the header; a later object's cells are
 * taken by key, a key it lacks an empty cell. A value is a cell as its text (a number as written),
 * null an empty cell.
 */
final class JsonlRows implements RowSource {
    private static final JsonFactory JSON = new JsonFactory();
    private final Path origin;
    private final JsonParser parser;
    private final List<Diagnostic> problems;
    private final Row header;
    /** The first object is both the header and the first row. */
    private Optional<Row> first;
    private boolean ended;

    JsonlRows(Path origin, Reader reader, List<Diagnostic> problems) throws IOException {
        this.origin = origin;
        this.parser = JSON.createParser(reader);
        this.problems = problems;
        List<String> keys = new ArrayList<>();
        List<Integer> keyColumns = new ArrayList<>();
        this.first = read(keys, keyColumns);
        this.header = new Row(first.map(Row::line).orElse(1), keys, keyColumns);
    }

    @Override
    public Row header() {
        return header;
    }

    @Override
    public Optional<Row> next() {
        if (first != null) {
            Optional<Row> row = first;
            first = null;
            return row;
        }
        return read(null, null);
    }

    /** The next object as a row; the first one also gives its keys and where they are. */
    private Optional<Row> read(List<String> keys, List<Integer> keyColumns) {
        if (ended) {
            return Optional.empty();
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return end();
            }
            if (token != JsonToken.START_OBJECT) {
                return stop(parser.currentTokenLocation(), "a line is not an object");
            }
            int line = Math.max(1, parser.currentTokenLocation().getLineNr());
            String[] cells = new String[keys == null ? header.cells().size() : 0];
            Integer[] columns = new Integer[cells.length];
            List<String> firstCells = new ArrayList<>();
            List<Integer> firstColumns = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyColumn = Math.max(1, parser.currentTokenLocation().getColumnNr()) + 1; // after the key's quote
                JsonToken value = parser.nextToken();
                JsonLocation at = parser.currentTokenLocation();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    return stop(at, "the value of `" + key + "` is not a number, text or null");
                }
                String text = value == JsonToken.VALUE_NULL ? "" : parser.getText();
                // A string's text starts after its quote.
                int valueColumn = Math.max(1, at.getColumnNr()) + (value == JsonToken.VALUE_STRING ? 1 : 0);
                if (keys != null) {
                    keys.add(key);
                    keyColumns.add(keyColumn);
                    firstCells.add(text);
                    firstColumns.add(valueColumn);
                } else {
                    int index = header.cells().indexOf(key);
                    if (index < 0) {
                        unknownKey(key, line, keyColumn);
                    } else {
                        cells[index] = text;
                        columns[index] = valueColumn;
                    }
                }
            }
            if (keys != null) {
                return Optional.of(new Row(line, firstCells, firstColumns));
            }
            return Optional.of(new Row(line, Arrays.stream(cells).map(c -> c == null ? "" : c).toList(),
                    Arrays.stream(columns).map(c -> c == null ? 1 : c).toList()));
        } catch (IOException e) {
            return stop(parser.currentLocation(), TableFile.firstLine(e.getMessage()));
        }
    }

    private void unknownKey(String key, int line, int column) {
        problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_COLUMN, Span.of(origin, line, column, key.length()),
                        "`" + key + "` is not a key of the first line")
                .withLabel("the first line's keys are the table's columns")
                .withHint("the value is left out; the rest of the line is charted"));
    }

    private Optional<Row> end() {
        ended = true;
        return Optional.empty();
    }

    private Optional<Row> stop(JsonLocation at, String why) {
        problems.add(Diagnostic.error(DiagnosticCode.TABLE_SYNTAX,
                        Span.at(origin, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
                        "the file stops being JSON Lines here: " + why)
                .withLabel("expected one object a line, its values numbers, text or null")
                .withHint("the rows before this one are charted"));
        return end();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
