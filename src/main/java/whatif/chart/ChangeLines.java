package whatif.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import whatif.source.Diagnostic;

/**
 * The changes of an outcome along y, one a row, gathered into lines while the rows stream by: a
 * line for each kind of change ({@code PERMITTED → NOT_PERMITTED}) and series value, holding at
 * each x the point half way between the last y before the change and the first after, where the
 * frontier of an envelope lies. Where a line changes the same way twice at one x, the second is a
 * line of its own. Memory grows with the rows' distinct x and lines, as the rows are few: a change
 * each, not a point each.
 */
final class ChangeLines {
    private final ChartColumns columns;
    private final CellValues cells;
    private final AxisValues xs = new AxisValues();
    private final Map<Line, TreeMap<Double, Double>> lines = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private double lowestY = Double.POSITIVE_INFINITY;
    private double highestY = Double.NEGATIVE_INFINITY;

    /** One line: the series value, the change, and which of the changes of that kind at an x it is (0 the first). */
    record Line(String series, String change, int occurrence) {
    }

    ChangeLines(ChartColumns columns, List<Diagnostic> problems) {
        this.columns = columns;
        this.cells = new CellValues(columns.table(), problems);
    }

    void add(Row row) {
        OptionalDouble x = cells.number(row, columns.x());
        OptionalDouble before = cells.number(row, columns.y());
        OptionalDouble after = cells.number(row, columns.yAfter());
        if (x.isEmpty() || before.isEmpty() || after.isEmpty()) {
            return;
        }
        String series = columns.series() < 0 ? "" : row.cell(columns.series()).strip();
        if (columns.seriesLabel() >= 0 && !row.cell(columns.seriesLabel()).isBlank()) {
            labels.putIfAbsent(series, row.cell(columns.seriesLabel()).strip());
        }
        String change = shown(row.cell(columns.value())) + " → " + shown(row.cell(columns.valueAfter()));
        xs.indexOf(x.getAsDouble());
        lowestY = Math.min(lowestY, Math.min(before.getAsDouble(), after.getAsDouble()));
        highestY = Math.max(highestY, Math.max(before.getAsDouble(), after.getAsDouble()));
        double at = (before.getAsDouble() + after.getAsDouble()) / 2;
        for (int occurrence = 0; ; occurrence++) {
            TreeMap<Double, Double> line = lines.computeIfAbsent(new Line(series, change, occurrence), l -> new TreeMap<>());
            if (line.putIfAbsent(x.getAsDouble(), at) == null) {
                return;
            }
        }
    }

    private static String shown(String outcome) {
        return outcome.isBlank() ? "(none)" : outcome.strip();
    }

    AxisValues.Sorted sortedX() {
        return xs.sorted();
    }

    /** The lowest y either side of a change. */
    double lowestY() {
        return lowestY;
    }

    /** The highest y either side of a change. */
    double highestY() {
        return highestY;
    }

    /** The lines by series value (numerically or by date when the column says so), then change, then occurrence. */
    List<Line> lines() {
        List<Line> sorted = new ArrayList<>(lines.keySet());
        ColumnKind kind = columns.series() < 0 ? ColumnKind.TEXT : columns.column(columns.series()).kind();
        Comparator<String> bySeries = kind == ColumnKind.NUMBER
                ? Comparator.comparingDouble(ChangeLines::numberOrMax).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        sorted.sort(Comparator.comparing(Line::series, bySeries).thenComparing(Line::change).thenComparingInt(Line::occurrence));
        return sorted;
    }

    /** The y of the line at each x where it has one. */
    TreeMap<Double, Double> points(Line line) {
        return lines.get(line);
    }

    /** A line's name in the legend: the change, after its series value (and label), and which it is if not the first. */
    String legendOf(Line line) {
        String label = labels.get(line.series());
        String series = line.series().isEmpty() ? "" : (label == null ? line.series() : label + " (" + line.series() + ")") + ": ";
        return series + line.change() + (line.occurrence() == 0 ? "" : " (" + (line.occurrence() + 1) + ")");
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    private static double numberOrMax(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }
}
