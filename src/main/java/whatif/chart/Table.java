package whatif.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import whatif.source.Span;

/**
 * What a chart is drawn from, however it was computed: where it comes from (the file that
 * diagnostics point at), its columns, where their names are written (a CSV file's first line),
 * and its rows. The rows are read once, in order, and may be many: a chart keeps only what it
 * draws, never the rows.
 */
public record Table(Path origin, List<Column> columns, Row header, Iterable<Row> rows) {
    public Table {
        Objects.requireNonNull(origin, "origin");
        columns = List.copyOf(columns);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
    }

    /** A table whose header is not text: diagnostics about a column point at line 1. */
    public Table(Path origin, List<Column> columns, Iterable<Row> rows) {
        this(origin, columns, Row.of(1, columns.stream().map(Column::name).toList()), rows);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public int indexOf(String name) {
        return names().indexOf(name);
    }

    /** Where a column's name is written, for a diagnostic about the column. */
    public Span nameSpan(int index) {
        return Span.of(origin, header.line(), header.columnOf(index), columns.get(index).name().length());
    }

    /** The header's line, from its first name to its last, for a diagnostic about the columns as a whole. */
    public Span headerSpan() {
        if (columns.isEmpty()) {
            return Span.at(origin, header.line(), 1);
        }
        int last = columns.size() - 1;
        int start = header.columnOf(0);
        int end = header.columnOf(last) + columns.get(last).name().length();
        return Span.of(origin, header.line(), start, Math.max(1, end - start));
    }
}
