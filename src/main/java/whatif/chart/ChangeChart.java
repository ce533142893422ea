package whatif.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The changes a boundary sweep found, as the frontier they trace: at each x a level at the change
 * (half way between the points either side of it), held across the stretch of x half way to the
 * neighbouring x values, and joined to the next x's level by an upright, as an envelope draws its
 * frontier. A line breaks where an x has no such change.
 */
final class ChangeChart {
    private final ChartSpec spec;
    private final ChartColumns columns;
    private final ChangeLines lines;

    ChangeChart(ChartSpec spec, ChartColumns columns, ChangeLines lines) {
        this.spec = spec;
        this.columns = columns;
        this.lines = lines;
    }

    JFreeChart draw() {
        Column x = columns.column(columns.x());
        Column y = axisColumn(columns.column(columns.y()));
        boolean xDates = x.kind() == ColumnKind.DATE;
        boolean yDates = y.kind() == ColumnKind.DATE;
        ValueAxis xAxis = xDates ? ChartStyle.dateAxis(x) : ChartStyle.numberAxis(x);
        ValueAxis yAxis = yDates ? ChartStyle.dateAxis(y) : ChartStyle.numberAxis(y);
        AxisValues.Sorted xs = lines.sortedX();
        xAxis.setRange(ChartStyle.onAxis(xs.lowEdge(0), xDates), ChartStyle.onAxis(xs.highEdge(xs.size() - 1), xDates));
        // The changes and a margin: at least a month of dates, or a unit, so that one change alone is not a degenerate axis;
        // numbers read against zero, as a limit is, so that the frontier keeps its true proportions.
        double margin = Math.max((lines.highestY() - lines.lowestY()) / 20, yDates ? 15 : 0.5);
        double low = yDates || lines.lowestY() < 0 ? lines.lowestY() - margin : 0;
        yAxis.setRange(ChartStyle.onAxis(low, yDates), ChartStyle.onAxis(lines.highestY() + margin, yDates));
        XYSeriesCollection drawn = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        List<ChangeLines.Line> all = lines.lines();
        for (int i = 0; i < all.size(); i++) {
            drawn.addSeries(steps(all.get(i), xs, xDates, yDates));
            renderer.setSeriesPaint(i, ChartStyle.line(i));
            renderer.setSeriesStroke(i, ChartStyle.lineStroke(i, all.size()));
        }
        XYPlot plot = new XYPlot(drawn, xAxis, yAxis, renderer);
        // The first line is the widest: drawn first, so the narrower ones stay visible on top of it.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        String value = UnitSuffix.words(withoutSide(columns.column(columns.value()).name()));
        String title = spec.title().orElseGet(() -> "Where the " + value + " changes, by " + UnitSuffix.words(UnitSuffix.stem(x.name()))
                + " and " + UnitSuffix.words(UnitSuffix.stem(y.name())));
        String by = columns.series() < 0 ? "" : " and " + columns.column(columns.series()).name();
        return ChartStyle.chart(title, "each line is where the " + value + " changes along " + UnitSuffix.words(UnitSuffix.stem(y.name()))
                + ", half way between the points either side; one line for each change" + by, plot);
    }

    private XYSeries steps(ChangeLines.Line line, AxisValues.Sorted xs, boolean xDates, boolean yDates) {
        XYSeries series = new XYSeries(lines.legendOf(line), false, true);
        Map<Double, Double> points = lines.points(line);
        boolean joined = false;
        for (int position = 0; position < xs.size(); position++) {
            Double level = points.get(xs.values()[position]);
            if (level == null) {
                if (joined) {
                    series.add(ChartStyle.onAxis(xs.lowEdge(position), xDates), null);
                }
                joined = false;
                continue;
            }
            series.add(ChartStyle.onAxis(xs.lowEdge(position), xDates), ChartStyle.onAxis(level, yDates));
            series.add(ChartStyle.onAxis(xs.highEdge(position), xDates), ChartStyle.onAxis(level, yDates));
            joined = true;
        }
        return series;
    }

    /** The axis the changes lie along, named without the side of the change its column holds ({@code before:}). */
    private static Column axisColumn(Column before) {
        return Column.of(withoutSide(before.name()), before.kind());
    }

    private static String withoutSide(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
