package whatif.chart;

import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A number over a date or numeric axis as steps: each value holds from its x until the next, as a
 * limit in force holds until it changes. A gap where the value is empty.
 */
final class StepChart {
    private final ChartSpec spec;
    private final ChartColumns columns;
    private final StepValues values;

    StepChart(ChartSpec spec, ChartColumns columns, StepValues values) {
        this.spec = spec;
        this.columns = columns;
        this.values = values;
    }

    JFreeChart draw() {
        Column x = columns.column(columns.x());
        boolean dates = x.kind() == ColumnKind.DATE;
        ValueAxis xAxis = dates ? ChartStyle.dateAxis(x) : ChartStyle.numberAxis(x);
        NumberAxis yAxis = ChartStyle.numberAxis(columns.column(columns.value()));
        // A limit or a count read against zero: its steps keep their true proportions.
        yAxis.setAutoRangeIncludesZero(true);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        int i = 0;
        for (String name : values.names()) {
            XYSeries series = new XYSeries(values.legendOf(name), false, true);
            for (Map.Entry<Double, Double> point : values.values(name).entrySet()) {
                double at = ChartStyle.onAxis(point.getKey(), dates);
                series.add(at, point.getValue().isNaN() ? null : point.getValue());
            }
            lines.addSeries(series);
            renderer.setSeriesPaint(i, ChartStyle.line(i));
            renderer.setSeriesStroke(i, ChartStyle.lineStroke(i, 1));
            i++;
        }
        XYPlot plot = new XYPlot(lines, xAxis, yAxis, renderer);
        String valueWords = UnitSuffix.words(UnitSuffix.stem(spec.value()));
        String title = spec.title().orElseGet(() -> valueWords + " by " + UnitSuffix.words(UnitSuffix.stem(spec.x())));
        return ChartStyle.chart(title, "each value holds from its " + UnitSuffix.words(x.name()) + " until the next; a gap where there is none", plot);
    }
}
