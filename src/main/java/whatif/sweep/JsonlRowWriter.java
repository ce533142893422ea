package whatif.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rows as JSON Lines: one object per line, its keys the columns in order; numbers of the axes as
 * JSON numbers, every observed value as text, no cell as null. No header line: every object
 * names its keys.
 */
final class JsonlRowWriter implements RowWriter {
    private final ObjectMapper json = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final Writer out;
    private List<String> columns = List.of();

    JsonlRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        ObjectNode row = json.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
            Object cell = cells.get(i);
            String key = columns.get(i);
            if (cell == null) {
                row.putNull(key);
            } else if (cell instanceof Long whole) {
                row.put(key, whole);
            } else if (cell instanceof BigDecimal decimal) {
                row.put(key, decimal);
            } else {
                row.put(key, cell.toString());
            }
        }
        out.write(json.writeValueAsString(row));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
