package whatif.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * Draws a table as a chart: an envelope of an outcome over two numeric axes, or steps of a number
 * over a date or number. Reads the rows once, keeping only what it draws. The same table gives the
 * same bytes.
 */
public final class Charts {
    private Charts() {
    }

    /** The chart as the bytes of {@code format}, with the table's problems. */
    public static Rendering render(ChartSpec spec, Table table, ImageFormat format) {
        ChartColumns.Resolution resolution = ChartColumns.resolve(spec, table);
        if (resolution.columns().isEmpty()) {
            return new Rendering(Optional.empty(), resolution.diagnostics());
        }
        ChartColumns columns = resolution.columns().get();
        List<Diagnostic> problems = new ArrayList<>();
        Optional<JFreeChart> chart = spec.isEnvelope() ? envelope(spec, columns, problems) : steps(spec, columns, problems);
        return new Rendering(chart.map(format::encode), problems);
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
            Files.write(out, rendering.image().get());
        }
        return rendering.diagnostics();
    }

    private static Optional<JFreeChart> envelope(ChartSpec spec, ChartColumns columns, List<Diagnostic> problems) {
        OutcomeCells cells = new OutcomeCells(columns, problems);
        columns.table().rows().forEach(cells::add);
        cells.finish();
        if (cells.isEmpty()) {
            problems.add(nothingToDraw(columns.table()));
            return Optional.empty();
        }
        if (spec.outcome().isPresent() && cells.codeOf(spec.outcome().get()) == 0) {
            List<String> known = cells.codesByName().stream().map(cells::outcome).toList();
            problems.add(Diagnostic.error(DiagnosticCode.BAD_CELL, Span.at(columns.table().origin(), 1, 1),
                            "no row has `" + spec.outcome().get() + "` in column `" + spec.value() + "`")
                    .withLabel("the column holds " + Suggestions.quoted(known))
                    .withHint(Suggestions.hint(spec.outcome().get(), known)));
            return Optional.empty();
        }
        return Optional.of(new EnvelopeChart(spec, columns, cells).draw());
    }

    private static Optional<JFreeChart> steps(ChartSpec spec, ChartColumns columns, List<Diagnostic> problems) {
        StepValues values = new StepValues(columns, problems);
        columns.table().rows().forEach(values::add);
        values.finish();
        if (values.isEmpty()) {
            problems.add(nothingToDraw(columns.table()));
            return Optional.empty();
        }
        return Optional.of(new StepChart(spec, columns, values).draw());
    }

    private static Diagnostic nothingToDraw(Table table) {
        return Diagnostic.error(DiagnosticCode.TABLE_SYNTAX, Span.wholeFile(table.origin()), "no row to chart")
                .withLabel("expected rows after the header")
                .withHint("a sweep that wrote no row, or every row left out for a bad cell");
    }
}
