package whatif.chart;

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
 * A chart being drawn from rows handed to it one by one, as a sweep writes them: {@link #add} each
 * row, then {@link #finish}. Keeps only what it draws (a byte per cell of an envelope, a value
 * per x of steps, a point per change), never the rows.
 */
public final class ChartDrawing {
    private final ChartSpec spec;
    private final ChartColumns columns;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final OutcomeCells cells;
    private final StepValues steps;
    private final ChangeLines changes;

    private ChartDrawing(ChartSpec spec, ChartColumns columns) {
        this.spec = spec;
        this.columns = columns;
        this.cells = spec.isEnvelope() ? new OutcomeCells(columns, problems) : null;
        this.changes = spec.isChanges() ? new ChangeLines(columns, problems) : null;
        this.steps = spec.y().isPresent() ? null : new StepValues(columns, problems);
    }

    /** A drawing of {@code spec} over rows with these columns, or the diagnostics that say why the spec does not fit them. */
    public static Start start(ChartSpec spec, Path origin, List<Column> columns) {
        return start(spec, new Table(origin, columns, List.of()));
    }

    /** A drawing of {@code spec} over rows with the table's columns (its rows are not read), or why the spec does not fit them. */
    public static Start start(ChartSpec spec, Table table) {
        ChartColumns.Resolution resolution = ChartColumns.resolve(spec, new Table(table.origin(), table.columns(), table.header(), List.of()));
        return new Start(resolution.columns().map(c -> new ChartDrawing(spec, c)), resolution.diagnostics());
    }

    public void add(Row row) {
        if (cells != null) {
            cells.add(row);
        } else if (changes != null) {
            changes.add(row);
        } else {
            steps.add(row);
        }
    }

    /**
     * The chart in {@code format}, with the problems met in the rows; no image when nothing could be drawn.
     *
     * @throws NoFontException when Java finds no font on this machine to draw the chart's text with
     */
    public Rendering finish(ImageFormat format) {
        try {
            Optional<JFreeChart> chart = cells != null ? envelope() : changes != null ? changes() : steps();
            return new Rendering(chart.map(format::encode), problems);
        } catch (RuntimeException | Error e) { // the JDK's font code fails with either; anything else is rethrown as it was
            Optional<NoFontException> noFont = NoFontException.recognize(e);
            if (noFont.isPresent()) {
                throw noFont.get();
            }
            throw e;
        }
    }

    private Optional<JFreeChart> envelope() {
        cells.finish();
        if (cells.isEmpty()) {
            problems.add(nothingToDraw());
            return Optional.empty();
        }
        if (spec.outcome().isPresent() && cells.codeOf(spec.outcome().get()) == 0) {
            List<String> known = cells.codesByName().stream().map(cells::outcome).toList();
            problems.add(Diagnostic.error(DiagnosticCode.BAD_CELL, columns.table().nameSpan(columns.value()),
                            "no row has `" + spec.outcome().get() + "` in column `" + spec.value() + "`")
                    .withLabel("the column holds " + Suggestions.quoted(known))
                    .withHint(Suggestions.hint(spec.outcome().get(), known)));
            return Optional.empty();
        }
        return Optional.of(new EnvelopeChart(spec, columns, cells).draw());
    }

    private Optional<JFreeChart> changes() {
        if (changes.isEmpty()) {
            problems.add(nothingToDraw());
            return Optional.empty();
        }
        return Optional.of(new ChangeChart(spec, columns, changes).draw());
    }

    private Optional<JFreeChart> steps() {
        steps.finish();
        if (steps.isEmpty()) {
            problems.add(nothingToDraw());
            return Optional.empty();
        }
        return Optional.of(new StepChart(spec, columns, steps).draw());
    }

    private Diagnostic nothingToDraw() {
        return Diagnostic.error(DiagnosticCode.TABLE_SYNTAX, Span.wholeFile(columns.table().origin()), "no row to chart")
                .withLabel("expected rows after the header")
                .withHint("a sweep that wrote no row, or every row left out for a bad cell");
    }

    /** A drawing started, or the reasons it could not be. */
    public record Start(Optional<ChartDrawing> drawing, List<Diagnostic> diagnostics) {
        public Start {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
