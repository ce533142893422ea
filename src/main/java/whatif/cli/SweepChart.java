package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import whatif.chart.ChartSpec;
import whatif.chart.Charts;
import whatif.chart.Column;
import whatif.chart.CsvTable;
import whatif.chart.ImageFormat;
import whatif.chart.Table;
import whatif.report.DiagnosticRenderer;
import whatif.report.SourceLines;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * {@code whatif sweep --chart}: reads back the rows the sweep wrote to its CSV file, streaming,
 * and draws the chart its columns call for ({@link ChartSpec#forSweep}): the axes are the sweep's,
 * the first observed column is what is drawn.
 */
final class SweepChart {
    private SweepChart() {
    }

    /** A chart is drawn from the rows of a CSV file: refused before the sweep runs when there is none, or the chart's format is unknown. */
    static void refuseWithoutCsv(Path chart, Optional<Path> rows, CommandLine cli) {
        if (ImageFormat.of(chart).isEmpty()) {
            throw new UsageError(cli, "cannot tell the chart's format from `" + chart + "`", "give a file name ending in `.svg` or `.png`");
        }
        boolean csv = rows.map(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).orElse(false);
        if (!csv) {
            throw new UsageError(cli, "--chart draws the rows of a CSV file", "write them to one with `--output FILE.csv`");
        }
    }

    /** Draws the chart; the problems met (the chart is not drawn when no chart fits the columns). */
    static List<Diagnostic> draw(Path rows, Path chart, List<String> axisNames, PrintWriter err) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(rows, StandardCharsets.UTF_8); CsvTable csv = CsvTable.read(rows, reader)) {
            Table table = csv.table();
            List<Column> axes = table.columns().stream().filter(c -> axisNames.contains(c.name())).toList();
            List<Column> observed = table.columns().stream().filter(c -> !axisNames.contains(c.name())).toList();
            Optional<ChartSpec> spec = ChartSpec.forSweep(axes, observed);
            if (spec.isEmpty()) {
                problems.add(Diagnostic.warning(DiagnosticCode.WRONG_COLUMN_KIND, Span.at(rows, 1, 1), "no chart fits these columns")
                        .withLabel("a chart needs two numeric axes, or one axis and a numeric observed field")
                        .withHint("`whatif chart` draws any two columns of the file"));
            } else {
                problems.addAll(Charts.write(chart, spec.get(), table));
                problems.addAll(csv.diagnostics());
            }
        }
        if (Files.exists(chart) && problems.stream().noneMatch(Diagnostic::isError)) {
            err.println("chart written to " + chart);
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        problems.forEach(d -> renderer.render(d, err));
        err.flush();
        return problems;
    }
}
