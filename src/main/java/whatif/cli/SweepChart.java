package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import whatif.chart.ChartSpec;
import whatif.chart.Charts;
import whatif.chart.Column;
import whatif.chart.ImageFormat;
import whatif.chart.NoFontException;
import whatif.chart.Table;
import whatif.chart.TableFile;
import whatif.report.DiagnosticRenderer;
import whatif.report.SourceLines;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;

/**
 * {@code whatif sweep --chart}: reads back the rows the sweep wrote, streaming (from its CSV or
 * JSON Lines file, or from the copy kept of the rows it printed), and draws the chart its columns
 * call for: over a grid, {@link ChartSpec#forSweep} (the axes are the sweep's, the first observed
 * column is what is drawn); for a boundary sweep, {@link ChartSpec#forBoundaries}, the frontier its
 * changes trace.
 */
final class SweepChart {
    /** What diagnostics name when the rows went to standard output: its lines are the rows' lines. */
    static final Path STANDARD_OUTPUT = Path.of("(standard output)");

    private SweepChart() {
    }

    /** Refused before the sweep runs: a chart whose format its name does not tell, or that names a folder; its missing folders are made. */
    static void checkTarget(Path chart, CommandLine cli) {
        if (ImageFormat.of(chart).isEmpty()) {
            throw new UsageError(cli, "cannot tell the chart's format from `" + chart + "`", "give a file name ending in `.svg` or `.png`");
        }
        ChartTarget.prepare(chart, "--chart", cli);
    }

    /**
     * Draws the chart of the rows in {@code rows}, read as the format {@code origin}'s name says
     * (JSON Lines for {@code .jsonl}, else CSV), {@code origin} naming them in diagnostics; the
     * problems met (the chart is not drawn when no chart fits the columns).
     *
     * When Java finds no font on this machine to draw with, that is printed after the rows' problems
     * and the drawing says the chart is lost.
     */
    static Drawing draw(Path rows, Path origin, Path chart, List<String> axisNames, Optional<String> boundary,
                                 PrintWriter err, CommandLine cli) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<NoFontException> noFont = Optional.empty();
        try (Reader reader = Files.newBufferedReader(rows, StandardCharsets.UTF_8); TableFile file = TableFile.read(origin, reader)) {
            Table table = file.table();
            Optional<ChartSpec> spec = boundary.isPresent() ? boundaries(table, axisNames, boundary.get()) : grid(table, axisNames);
            if (spec.isEmpty()) {
                String needs = boundary.isPresent()
                        ? "a chart of changes needs another axis to draw them over"
                        : "a chart needs two numeric axes, or one axis and a numeric observed field";
                problems.add(Diagnostic.warning(DiagnosticCode.WRONG_COLUMN_KIND, table.headerSpan(), "no chart fits these columns")
                        .withLabel(needs)
                        .withHint("`whatif chart` draws any two columns of the file"));
            } else {
                try {
                    problems.addAll(Charts.write(chart, spec.get(), table));
                } catch (NoFontException e) {
                    noFont = Optional.of(e); // the rows are written and stay so: only the chart is lost
                } catch (IOException e) {
                    throw ChartTarget.unwritable(chart, "--chart", e, cli); // the rows, too, stay written
                }
                problems.addAll(file.diagnostics());
            }
        }
        if (Files.exists(chart) && problems.stream().noneMatch(Diagnostic::isError)) {
            err.println("chart written to " + chart);
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        problems.forEach(d -> renderer.render(d, err));
        err.flush();
        noFont.ifPresent(e -> ChartFonts.report(err, chart, e));
        return new Drawing(problems, noFont.isPresent());
    }

    /**
     * What drawing a sweep's chart gave.
     *
     * @param problems the problems met in the rows and the chart
     * @param noFont   whether the chart was lost because Java finds no font on this machine (already printed)
     */
    record Drawing(List<Diagnostic> problems, boolean noFont) {
        Drawing {
            problems = List.copyOf(problems);
        }
    }

    private static Optional<ChartSpec> grid(Table table, List<String> axisNames) {
        List<Column> axes = table.columns().stream().filter(c -> axisNames.contains(c.name())).toList();
        List<Column> observed = table.columns().stream().filter(c -> !axisNames.contains(c.name())).toList();
        return ChartSpec.forSweep(axes, observed);
    }

    /** A boundary sweep's columns: the other axes, then `before:` and `after:` the axis, each observed field and the error. */
    private static Optional<ChartSpec> boundaries(Table table, List<String> axisNames, String axis) {
        List<Column> others = table.columns().stream().filter(c -> axisNames.contains(c.name()) && !c.name().equals(axis)).toList();
        String before = "before:";
        List<String> observed = table.names().stream().filter(n -> n.startsWith(before)).map(n -> n.substring(before.length()))
                .filter(n -> !n.equals(axis) && !n.equals("error")).toList();
        return ChartSpec.forBoundaries(others, axis, observed, table.names());
    }
}
