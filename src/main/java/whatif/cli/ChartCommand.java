package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.chart.ChartSpec;
import whatif.chart.Charts;
import whatif.chart.TableFile;
import whatif.chart.ImageFormat;
import whatif.chart.NoFontException;
import whatif.chart.Rendering;
import whatif.report.DiagnosticRenderer;
import whatif.report.SourceLines;
import whatif.report.TerminalWriter;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw a table of results, such as a sweep's CSV or JSON Lines file, as an SVG or PNG chart.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif chart grid.csv --x Crossing.weightT --y Crossing.lengthM \\",
            "      --value Charge.band -o bands.svg",
            "      the region of each band by weight and length, and their frontier",
            "  whatif chart grid.csv --x Crossing.weightT --y Crossing.lengthM \\",
            "      --value Charge.band --series asOf --outcome LOW -o bands.svg",
            "      a line around the low-band points for each date",
            "  whatif chart days.csv --x asOf --value Charge.amount -o amount.png",
            "      the value over time, as steps",
            "  whatif chart changes.csv --x Crossing.lengthM --y before:Crossing.weightT \\",
            "      --value before:Charge.band --y-after after:Crossing.weightT \\",
            "      --value-after after:Charge.band -o frontier.svg",
            "      the changes a boundary sweep found, as the frontier they trace",
            "",
            "Exit codes: 0 drawn; 2 a problem in the table or the command line (the",
            "rows that could be read are still drawn), or no font on this machine to",
            "draw with; 3 an internal error."})
final class ChartCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TABLE",
            description = "a CSV file (a header of column names, then rows), or JSON Lines for a name ending in .jsonl")
    Path table;

    @Option(names = "--x", required = true, paramLabel = "COLUMN", description = "the horizontal axis: numbers, or dates for steps")
    String x;

    @Option(names = "--y", paramLabel = "COLUMN", description = "the vertical axis, numbers: an envelope of the value; without it, steps")
    String y;

    @Option(names = "--value", required = true, paramLabel = "COLUMN",
            description = "what is drawn: an outcome for an envelope, a number for steps")
    String value;

    @Option(names = "--series", paramLabel = "COLUMN", description = "one line for each value of this column")
    String series;

    @Option(names = "--series-label", paramLabel = "COLUMN",
            description = "names each series in the legend by its first value in this column")
    String seriesLabel;

    @Option(names = "--outcome", paramLabel = "VALUE",
            description = "with --series: the outcome whose region each line encloses (default: the one at the lowest x and y)")
    String outcome;

    @Option(names = "--y-after", paramLabel = "COLUMN",
            description = "with --y and --value-after: each row is a change along y, --y and --value the last point before it, "
                    + "this the first after (as `sweep --find-boundary` writes them); drawn as the frontier the changes trace")
    String yAfter;

    @Option(names = "--value-after", paramLabel = "COLUMN", description = "with --y-after: the outcome after each change")
    String valueAfter;

    @Option(names = "--title", paramLabel = "TEXT", description = "the chart's title (default: made from the columns)")
    String title;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the chart: FILE.svg or FILE.png")
    Path output;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of internal errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (ImageFormat.of(output).isEmpty()) {
            throw new UsageError(spec.commandLine(), "cannot tell the chart's format from `" + output + "`",
                    "give a file name ending in `.svg` or `.png`");
        }
        ChartTarget.prepare(output, "-o", spec.commandLine());
        ChartSpec chartSpec = chartSpec();
        List<Diagnostic> problems = new ArrayList<>();
        Optional<byte[]> image = Optional.empty();
        Optional<NoFontException> noFont = Optional.empty();
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
             TableFile csv = TableFile.read(table, reader)) {
            Rendering rendering = Charts.render(chartSpec, csv.table(), ImageFormat.of(output).get());
            problems.addAll(csv.diagnostics());
            problems.addAll(rendering.diagnostics());
            image = rendering.image();
        } catch (NoFontException e) {
            noFont = Optional.of(e);
        } catch (NoSuchFileException e) {
            problems.add(Diagnostic.error(DiagnosticCode.PATH_NOT_FOUND, Span.wholeFile(table), "no file `" + table + "`"));
        } catch (IOException e) {
            problems.add(Diagnostic.error(DiagnosticCode.UNREADABLE_FILE, Span.wholeFile(table),
                    "cannot read `" + table + "`: " + e.getMessage()));
        }
        if (image.isPresent()) {
            try {
                Files.write(output, image.get());
            } catch (IOException e) {
                throw ChartTarget.unwritable(output, "-o", e, spec.commandLine());
            }
        }
        boolean written = image.isPresent();
        PrintWriter err = TerminalWriter.over(spec.commandLine().getErr());
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        problems.forEach(d -> renderer.render(d, err));
        err.flush();
        if (noFont.isPresent()) { // after the table's own problems, which stand whatever the machine
            ChartFonts.report(err, output, noFont.get());
            return ExitCode.INPUT;
        }
        if (written) {
            PrintWriter out = TerminalWriter.over(spec.commandLine().getOut());
            out.println("chart written to " + output);
            out.flush();
        }
        return problems.stream().anyMatch(Diagnostic::isError) || !written ? ExitCode.INPUT : ExitCode.OK;
    }

    private ChartSpec chartSpec() {
        if ((yAfter == null) != (valueAfter == null) || (yAfter != null && y == null)) {
            throw new UsageError(spec.commandLine(), "a chart of changes takes --y, --y-after and --value-after together",
                    "give all three, or none for an envelope or steps");
        }
        ChartSpec chart = y == null ? ChartSpec.steps(x, value)
                : yAfter == null ? ChartSpec.envelope(x, y, value) : ChartSpec.changes(x, y, value, yAfter, valueAfter);
        chart = Optional.ofNullable(series).map(chart::withSeries).orElse(chart);
        chart = Optional.ofNullable(seriesLabel).map(chart::withSeriesLabel).orElse(chart);
        chart = Optional.ofNullable(outcome).map(chart::withOutcome).orElse(chart);
        return Optional.ofNullable(title).map(chart::withTitle).orElse(chart);
    }
}
