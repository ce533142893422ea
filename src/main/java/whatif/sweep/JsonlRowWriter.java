package whatif.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rows as JSON Lines: one object per line, its keys the columns in order; numbers of the axes as
 * JSON numbers, every observed value as text, no cell as null. No header line: every object
 * names its keys. Cells go to Jackson's streaming generator one by one, as {@link CsvRowWriter}'s
 * do: a tree built for every row cost as much as a tenth of a point's evaluation.
 */
final class JsonlRowWriter implements RowWriter {
    private final Writer out;
    private JsonGenerator rows;
    private List<String> columns = List.of();

    JsonlRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) throws IOException {
        this.columns = List.copyOf(columns);
        rows = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build().createGenerator(out);
        rows.setRootValueSeparator(null); // each object ends its own line instead
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        rows.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            rows.writeFieldName(columns.get(i));
            Object cell = cells.get(i);
            if (cell == null) {
                rows.writeNull();
            } else if (cell instanceof Long whole) {
                rows.writeNumber(whole);
            } else if (cell instanceof BigDecimal decimal) {
                rows.writeNumber(decimal);
            } else {
                rows.writeString(cell.toString());
            }
        }
        rows.writeEndObject();
        rows.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }
}
