package whatif.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** The file formats a chart is written in, chosen by the file's extension. */
public enum ImageFormat {
    SVG, PNG;

    /** The format a file's name asks for: {@code .svg} or {@code .png}, in any case. */
    public static Optional<ImageFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Optional.of(SVG);
        }
        return name.endsWith(".png") ? Optional.of(PNG) : Optional.empty();
    }

    byte[] encode(JFreeChart chart) {
        return this == SVG ? svg(chart) : png(chart);
    }

    private static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        // JFreeSVG numbers its definitions after the clock unless told otherwise: fixed, for the same bytes.
        g2.setDefsKeyPrefix("whatif-");
        chart.draw(g2, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        // The element alone, not getSVGDocument(): its DOCTYPE names a DTD on the web, which XML
        // readers then try to fetch, and SVG needs none.
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
