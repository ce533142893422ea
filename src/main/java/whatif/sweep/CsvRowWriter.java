package whatif.sweep;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as CSV, quoted as RFC 4180 says (a cell with a comma, a quote or a line break is quoted,
 * its quotes doubled) by Jackson's CSV module; lines end with {@code \n}. The header is written
 * as a row of its own, so that it is there even when no row follows. Cells go to Jackson's
 * streaming generator one by one: a row given to its data binding instead (a list serialized as
 * a value) cost as much as a tenth of what a point costs to evaluate.
 */
final class CsvRowWriter implements RowWriter {
    private final Writer out;
    private CsvGenerator rows;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) throws IOException {
        // Strict: quote a cell only where RFC 4180 needs it, not by Jackson's quicker guess.
        // The factory alone, without a mapper: no data binding is loaded for a sweep's rows.
        rows = CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().createGenerator(out);
        rows.setSchema(CsvSchema.emptySchema().withoutHeader());
        write(columns);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        write(cells);
    }

    private void write(List<?> cells) throws IOException {
        rows.writeStartArray();
        for (Object cell : cells) {
            rows.writeString(RowWriter.text(cell));
        }
        rows.writeEndArray();
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }
}
