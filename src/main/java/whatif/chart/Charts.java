package whatif.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Draws a table as a chart: an envelope of an outcome over two numeric axes, or steps of a number
 * over a date or number. Reads the rows once, keeping only what it draws. The same table gives the
 * same bytes. Rows that arrive one by one, as a sweep writes them, go to a {@link ChartDrawing}.
 */
public final class Charts {
    private Charts() {
    }

    /** The chart as the bytes of {@code format}, with the table's problems. */
    public static Rendering render(ChartSpec spec, Table table, ImageFormat format) {
        ChartDrawing.Start start = ChartDrawing.start(spec, table);
        if (start.drawing().isEmpty()) {
            return new Rendering(Optional.empty(), start.diagnostics());
        }
        ChartDrawing drawing = start.drawing().get();
        table.rows().forEach(drawing::add);
        return drawing.finish(format);
    }

    /** Renders the chart into {@code out}, in the format its extension names; the problems met, or why nothing was written. */
    public static List<Diagnostic> write(Path out, ChartSpec spec, Table table) throws IOException {
        Optional<ImageFormat> format = ImageFormat.of(out);
        if (format.isEmpty()) {
            return List.of(Diagnostic.error(DiagnosticCode.UNREADABLE_FILE, Span.wholeFile(out),
                    "cannot tell the chart's format from `" + out.getFileName() + "`")
                    .withLabel("expected a name ending in `.svg` or `.png`"));
        }
        Rendering rendering = render(spec, table, format.get());
        if (rendering.image().isPresent()) {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.write(out, rendering.image().get());
        }
        return rendering.diagnostics();
    }
}
