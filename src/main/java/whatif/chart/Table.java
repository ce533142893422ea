package whatif.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a chart is drawn from, however it was computed: where it comes from (the file that
 * diagnostics point at), its columns, and its rows. The rows are read once, in order, and may be
 * many: a chart keeps only what it draws, never the rows.
 */
public record Table(Path origin, List<Column> columns, Iterable<Row> rows) {
    public Table {
        Objects.requireNonNull(origin, "origin");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public int indexOf(String name) {
        return names().indexOf(name);
    }
}
