package whatif.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * The outcome of every cell of an envelope chart, per series, gathered while the rows stream by:
 * memory grows with the distinct x, y and series values (a byte a cell), not with the rows. Where
 * two rows fall on one cell with different outcomes (an axis of the table that the chart does not
 * show), the first row's outcome is kept and the conflict counted.
 */
final class OutcomeCells {
    static final int MAX_OUTCOMES = 255;

    private final ChartColumns columns;
    private final CellValues cells;
    private final List<Diagnostic> problems;
    private final AxisValues xs = new AxisValues();
    private final AxisValues ys = new AxisValues();
    private final Map<String, Integer> outcomeCodes = new HashMap<>();
    private final List<String> outcomes = new ArrayList<>();
    private final Map<String, CellGrid> grids = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private int conflicts;
    private Row firstConflict;

    OutcomeCells(ChartColumns columns, List<Diagnostic> problems) {
        this.columns = columns;
        this.problems = problems;
        this.cells = new CellValues(columns.table(), problems);
    }

    void add(Row row) {
        OptionalDouble x = cells.number(row, columns.x());
        OptionalDouble y = cells.number(row, columns.y());
        if (x.isEmpty() || y.isEmpty()) {
            return;
        }
        int code = codeOf(row.cell(columns.value()).strip(), row);
        if (code == 0) {
            return;
        }
        String series = columns.series() < 0 ? "" : row.cell(columns.series()).strip();
        CellGrid grid = grids.computeIfAbsent(series, s -> new CellGrid());
        if (columns.seriesLabel() >= 0 && !row.cell(columns.seriesLabel()).isBlank()) {
            labels.putIfAbsent(series, row.cell(columns.seriesLabel()).strip());
        }
        int xi = xs.indexOf(x.getAsDouble());
        int yi = ys.indexOf(y.getAsDouble());
        int known = grid.get(xi, yi);
        if (known == 0) {
            grid.put(xi, yi, code);
        } else if (known != code && conflicts++ == 0) {
            firstConflict = row;
        }
    }

    /** Call once, after the last row: a warning if cells were met twice with different outcomes. */
    void finish() {
        if (conflicts == 0) {
            return;
        }
        Table table = columns.table();
        problems.add(Diagnostic.warning(DiagnosticCode.CELL_CONFLICT, Span.at(table.origin(), firstConflict.line(), 1),
                        conflicts + " rows fall on a cell already drawn with another outcome; the first row's outcome is drawn")
                .withLabel("this row is the first")
                .withHint("the table varies a column the chart does not show: choose it as the series, or chart one value of it"));
    }

    private int codeOf(String outcome, Row row) {
        Integer code = outcomeCodes.get(outcome);
        if (code != null) {
            return code;
        }
        if (outcomes.size() == MAX_OUTCOMES) {
            problems.add(Diagnostic.error(DiagnosticCode.BAD_CELL,
                            Span.of(columns.table().origin(), row.line(), row.columnOf(columns.value()), outcome.length()),
                            "more than " + MAX_OUTCOMES + " different values in column `"
                                    + columns.column(columns.value()).name() + "`")
                    .withLabel("an envelope colours each outcome; this one is left out")
                    .withHint("chart a column with a few outcomes, such as a verdict"));
            return 0;
        }
        outcomes.add(outcome);
        outcomeCodes.put(outcome, outcomes.size());
        return outcomes.size();
    }

    AxisValues.Sorted sortedX() {
        return xs.sorted();
    }

    AxisValues.Sorted sortedY() {
        return ys.sorted();
    }

    /** The series met, in the order of their values: numerically or by date when the column says so. */
    List<String> series() {
        List<String> names = new ArrayList<>(grids.keySet());
        ColumnKind kind = columns.series() < 0 ? ColumnKind.TEXT : columns.column(columns.series()).kind();
        Comparator<String> order = kind == ColumnKind.NUMBER
                ? Comparator.comparingDouble(OutcomeCells::numberOrMax).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        names.sort(order);
        return names;
    }

    /** The series' name in the legend: its value, after its label when the spec names a label column. */
    String legendOf(String series) {
        String label = labels.get(series);
        String named = series.isEmpty() ? "(none)" : series;
        return label == null ? named : label + " (" + named + ")";
    }

    CellGrid grid(String series) {
        return grids.get(series);
    }

    /** The outcome a code stands for; the empty outcome reads {@code (none)}. */
    String outcome(int code) {
        String outcome = outcomes.get(code - 1);
        return outcome.isEmpty() ? "(none)" : outcome;
    }

    int codeOf(String outcome) {
        return outcomeCodes.getOrDefault(outcome.equals("(none)") ? "" : outcome, 0);
    }

    /** Every outcome's code, ordered by the outcome's name, so that colours do not depend on the order of rows. */
    List<Integer> codesByName() {
        List<Integer> codes = new ArrayList<>();
        for (int i = 1; i <= outcomes.size(); i++) {
            codes.add(i);
        }
        codes.sort(Comparator.comparing(this::outcome));
        return codes;
    }

    boolean isEmpty() {
        return grids.isEmpty();
    }

    private static double numberOrMax(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }
}
