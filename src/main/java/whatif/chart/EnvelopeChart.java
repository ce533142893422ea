package whatif.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * An outcome over two numeric axes. Without a series column: a coloured region for each outcome
 * and, in black, the frontier between regions. With one: a frontier per series value around the
 * cells where the value is the envelope's outcome, so that the series compare at a glance.
 */
final class EnvelopeChart {
    private final ChartSpec spec;
    private final ChartColumns columns;
    private final OutcomeCells cells;

    EnvelopeChart(ChartSpec spec, ChartColumns columns, OutcomeCells cells) {
        this.spec = spec;
        this.columns = columns;
        this.cells = cells;
    }

    JFreeChart draw() {
        AxisValues.Sorted xs = cells.sortedX();
        AxisValues.Sorted ys = cells.sortedY();
        NumberAxis xAxis = ChartStyle.numberAxis(columns.column(columns.x()));
        NumberAxis yAxis = ChartStyle.numberAxis(columns.column(columns.y()));
        xAxis.setRange(xs.lowEdge(0), xs.highEdge(xs.size() - 1));
        yAxis.setRange(ys.lowEdge(0), ys.highEdge(ys.size() - 1));
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        String subtitle = columns.series() < 0 ? regions(plot, xs, ys) : frontiers(plot, xs, ys);
        return ChartStyle.chart(title(), subtitle, plot);
    }

    /** Regions of every outcome (dataset 1, underneath) and the frontier between them (dataset 0, on top). */
    private String regions(XYPlot plot, AxisValues.Sorted xs, AxisValues.Sorted ys) {
        CellLayout layout = new CellLayout(cells.grid(""), xs, ys);
        List<Integer> codes = cells.codesByName();
        List<List<Box>> boxes = layout.boxesByCode(codes.size());
        XYIntervalSeriesCollection regions = new XYIntervalSeriesCollection();
        XYBarRenderer fills = new XYBarRenderer();
        fills.setBarPainter(new StandardXYBarPainter());
        fills.setShadowVisible(false);
        fills.setDrawBarOutline(false);
        fills.setUseYInterval(true);
        for (int code : codes) {
            XYIntervalSeries region = new XYIntervalSeries(cells.outcome(code), false, true);
            for (Box box : boxes.get(code)) {
                region.add(box.centreX(), box.x0(), box.x1(), box.centreY(), box.y0(), box.y1());
            }
            fills.setSeriesPaint(regions.getSeriesCount(), ChartStyle.fill(regions.getSeriesCount()));
            regions.addSeries(region);
        }
        XYSeriesCollection frontier = new XYSeriesCollection(lines("frontier", layout.frontier((a, b) -> a != b ? 1 : 0)));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setDataset(0, frontier);
        plot.setRenderer(0, line);
        plot.setDataset(1, regions);
        plot.setRenderer(1, fills);
        return "each colour is the " + valueWords() + " at the cell's point; the black line is the frontier between them";
    }

    /** One frontier per series, around the cells of the envelope's outcome. */
    private String frontiers(XYPlot plot, AxisValues.Sorted xs, AxisValues.Sorted ys) {
        String outcome = envelopeOutcome(xs, ys);
        int target = cells.codeOf(outcome);
        List<String> series = cells.series();
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            CellLayout layout = new CellLayout(cells.grid(series.get(i)), xs, ys);
            List<Segment> edges = layout.frontier((a, b) -> (a == target) != (b == target) ? 1 : 0);
            lines.addSeries(lines(cells.legendOf(series.get(i)), edges));
            renderer.setSeriesPaint(i, ChartStyle.line(i));
            renderer.setSeriesStroke(i, ChartStyle.lineStroke(i, series.size()));
        }
        plot.setDataset(0, lines);
        plot.setRenderer(0, renderer);
        // The first series is the widest: drawn first, so the narrower ones stay visible on top of it.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return "each line encloses the points where the " + valueWords() + " is " + outcome
                + ", one line for each " + columns.column(columns.series()).name();
    }

    /** The outcome named by the spec, or else the one at the lowest x and y of the first series. */
    private String envelopeOutcome(AxisValues.Sorted xs, AxisValues.Sorted ys) {
        if (spec.outcome().isPresent()) {
            return spec.outcome().get();
        }
        CellGrid first = cells.grid(cells.series().get(0));
        int code = first.get(xs.numbers()[0], ys.numbers()[0]);
        return cells.outcome(code == 0 ? cells.codesByName().get(0) : code);
    }

    /** Segments as one line series, each ended by a gap so that they are not joined. */
    private static XYSeries lines(String key, List<Segment> segments) {
        XYSeries series = new XYSeries(key, false, true);
        for (Segment s : segments) {
            series.add(s.x0(), s.y0());
            series.add(s.x1(), s.y1());
            series.add(s.x1(), null);
        }
        return series;
    }

    private String valueWords() {
        return UnitSuffix.words(columns.column(columns.value()).name());
    }

    private String title() {
        return spec.title().orElseGet(() -> valueWords() + " by " + UnitSuffix.words(UnitSuffix.stem(spec.x()))
                + " and " + UnitSuffix.words(UnitSuffix.stem(spec.y().orElseThrow())));
    }
}
