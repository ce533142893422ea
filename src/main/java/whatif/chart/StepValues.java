package whatif.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * The value at each x of a step chart, per series, gathered while the rows stream by: one entry
 * per distinct x and series. An empty value is a gap (no such fact on that date). Where two rows
 * give one x and series different values, the first is kept and the conflict counted.
 */
final class StepValues {
    private final ChartColumns columns;
    private final CellValues cells;
    private final List<Diagnostic> problems;
    private final Map<String, TreeMap<Double, Double>> series = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private int conflicts;
    private Row firstConflict;

    StepValues(ChartColumns columns, List<Diagnostic> problems) {
        this.columns = columns;
        this.problems = problems;
        this.cells = new CellValues(columns.table(), problems);
    }

    void add(Row row) {
        OptionalDouble x = cells.number(row, columns.x());
        if (x.isEmpty()) {
            return;
        }
        OptionalDouble value = cells.number(row, columns.value());
        if (value.isEmpty() && !row.cell(columns.value()).isBlank()) {
            return;
        }
        String name = columns.series() < 0 ? "" : row.cell(columns.series()).strip();
        if (columns.seriesLabel() >= 0 && !row.cell(columns.seriesLabel()).isBlank()) {
            labels.putIfAbsent(name, row.cell(columns.seriesLabel()).strip());
        }
        Double y = value.isPresent() ? value.getAsDouble() : Double.NaN;
        Double known = series.computeIfAbsent(name, s -> new TreeMap<>()).putIfAbsent(x.getAsDouble(), y);
        if (known != null && !known.equals(y)) {
            series.get(name).put(x.getAsDouble(), known);
            if (conflicts++ == 0) {
                firstConflict = row;
            }
        }
    }

    void finish() {
        if (conflicts > 0) {
            problems.add(Diagnostic.warning(DiagnosticCode.CELL_CONFLICT, Span.at(columns.table().origin(), firstConflict.line(), 1),
                            conflicts + " rows give a value at an x already drawn with another value; the first is drawn")
                    .withLabel("this row is the first")
                    .withHint("the table varies a column the chart does not show: choose it as the series"));
        }
    }

    List<String> names() {
        List<String> names = new ArrayList<>(series.keySet());
        names.sort(Comparator.naturalOrder());
        return names;
    }

    TreeMap<Double, Double> values(String name) {
        return series.get(name);
    }

    String legendOf(String name) {
        String label = labels.get(name);
        String shown = name.isEmpty() ? columns.column(columns.value()).label() : name;
        return label == null ? shown : label + " (" + shown + ")";
    }

    boolean isEmpty() {
        return series.isEmpty();
    }
}
