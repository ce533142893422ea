package whatif.chart;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/** The rows of a CSV file, by Jackson's CSV parser: the first line is the header. */
final class CsvRows implements RowSource {
    private static final CsvFactory CSV = new CsvFactory();
    private final Path origin;
    private final CsvParser parser;
    private final List<Diagnostic> problems;
    private final Row header;

    CsvRows(Path origin, Reader reader, List<Diagnostic> problems) throws IOException {
        this.origin = origin;
        this.parser = (CsvParser) CSV.createParser(reader);
        this.problems = problems;
        this.header = next().orElse(new Row(1, List.of(), List.of()));
    }

    @Override
    public Row header() {
        return header;
    }

    @Override
    public Optional<Row> next() {
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
                            "the file stops being CSV here: " + TableFile.firstLine(e.getMessage()))
                    .withLabel("expected comma-separated cells, text with commas or quotes in double quotes")
                    .withHint("the rows before this one are charted"));
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
