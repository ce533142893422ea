package whatif.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * How every chart looks, fixed rather than taken from the machine: fonts by logical name, number
 * and date labels in the root locale and UTC, colours from fixed palettes. So the same table gives
 * the same picture on any machine with the same fonts, whatever its locale or time zone.
 */
final class ChartStyle {
    static final int WIDTH = 960;
    static final int HEIGHT = 640;
    private static final double MILLIS_PER_DAY = 86_400_000d;
    private static final String FONT = Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 12);
    static final Font LABEL = new Font(FONT, Font.PLAIN, 13);
    static final Font TICK = new Font(FONT, Font.PLAIN, 11);

    /** Light fills for regions, one per outcome (ColorBrewer's Pastel1, then Set3). */
    private static final Color[] FILLS = {
        new Color(0xB3E2CD), new Color(0xFDCDAC), new Color(0xCBD5E8), new Color(0xF4CAE4), new Color(0xE6F5C9),
        new Color(0xFFF2AE), new Color(0xF1E2CC), new Color(0xCCCCCC), new Color(0x8DD3C7), new Color(0xFFFFB3),
        new Color(0xBEBADA), new Color(0xFB8072), new Color(0x80B1D3), new Color(0xFDB462)};
    /** Strong colours for lines, one per series (ColorBrewer's Dark2). */
    private static final Color[] LINES = {
        new Color(0x1B9E77), new Color(0xD95F02), new Color(0x7570B3), new Color(0xE7298A), new Color(0x66A61E),
        new Color(0xE6AB02), new Color(0xA6761D), new Color(0x666666)};

    static {
        // JFreeChart draws rotated text (the y axis label) through a TextLayout by default, which
        // JFreeSVG can only write as glyph outlines: as text it stays text, readable and searchable.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    static Paint fill(int index) {
        return FILLS[index % FILLS.length];
    }

    static Paint line(int index) {
        return LINES[index % LINES.length];
    }

    /** Earlier series are drawn wider, so that where two frontiers coincide both still show. */
    static Stroke lineStroke(int index, int count) {
        float width = 2f + 2f * Math.max(0, count - 1 - index);
        return new BasicStroke(Math.min(width, 10f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    /** Where a table's value lies on its axis: a date axis counts milliseconds, the table's dates are days. */
    static double onAxis(double value, boolean dates) {
        return dates ? value * MILLIS_PER_DAY : value;
    }

    static NumberAxis numberAxis(Column column) {
        NumberAxis axis = new NumberAxis(column.label());
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setAutoRangeIncludesZero(false);
        return styled(axis);
    }

    static DateAxis dateAxis(Column column) {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        DateAxis axis = new DateAxis(column.label(), utc, Locale.ROOT);
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(utc, Locale.ROOT));
        return styled(axis);
    }

    private static <A extends ValueAxis> A styled(A axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        return axis;
    }

    static JFreeChart chart(String title, String subtitle, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            chart.addSubtitle(0, sub);
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
