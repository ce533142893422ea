package whatif.sweep;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as CSV, quoted as RFC 4180 says (a cell with a comma, a quote or a line break is quoted,
 * its quotes doubled) by Jackson's CSV module; lines end with {@code \n}. The header is written
 * as a row of its own, so that it is there even when no row follows.
 */
final class CsvRowWriter implements RowWriter {
    private final Writer out;
    private SequenceWriter rows;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
        // Strict: quote a cell only where RFC 4180 needs it, not by Jackson's quicker guess.
        rows = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
                .writer(schema).writeValues(out);
        rows.write(columns);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        cells.forEach(c -> texts.add(RowWriter.text(c)));
        rows.write(texts);
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }
}
