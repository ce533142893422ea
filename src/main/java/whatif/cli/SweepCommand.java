package whatif.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.report.DiagnosticRenderer;
import whatif.report.SourceLines;
import whatif.report.TerminalWriter;
import whatif.run.RunOptions;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.sweep.RowFormat;
import whatif.sweep.Sweep;
import whatif.sweep.SweepRequest;
import whatif.sweep.SweepResult;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario at every point of a grid of values and write one row per point: the axes' "
                + "values and the observed fields. Rows stream in grid order, the same bytes on any number of threads."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif sweep FILE --vary Trip.speedKmh=0..200:10 --observe Ticket.excessKmh",
            "  whatif sweep FILE --vary asOf=1979-01-01..2021-12-31:1m -o limits.csv",
            "  whatif sweep FILE --vary asOf=2020-01-01..2024-12-31:1m \\",
            "      --vary Trip.speedKmh=0..200:10 --find-boundary Trip.speedKmh",
            "  whatif sweep FILE      the sweep the scenario declares (`sweep:`)",
            "",
            "Exit codes: 0 every point ran; 2 the rules, the scenario or the command",
            "line could not be understood, or a rule threw or looped at some point (its",
            "row says so); 3 an internal error; 130 stopped by Ctrl-C (the rows written",
            "so far stay, each whole)."})
final class SweepCommand implements Callable<Integer> {
    /** The exit code of a sweep stopped by Ctrl-C, as the shell gives a process ended by SIGINT. */
    static final int INTERRUPTED = 130;

    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Parameters(paramLabel = "SCENARIO", description = "the scenario file to sweep")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "the scenario to sweep, where the file holds several")
    String name;

    @Option(names = "--vary", paramLabel = "AXIS", arity = "1..*",
            description = "an axis, `Type.field=FROM..TO:STEP` or `asOf=FROM..TO:STEP` (steps of dates: 1d, 1w, 1m, 1y); "
                    + "the first varies slowest. `Type[id=p].field` picks one of several given facts of a type")
    List<String> vary = new ArrayList<>();

    @Option(names = "--observe", paramLabel = "FIELD", arity = "1..*",
            description = "a field to read off each point, `Type.field`: the values of every produced fact of the type, "
                    + "sorted and joined with `|`; or `status`, or `facts` (default: status facts)")
    List<String> observe = new ArrayList<>();

    @Option(names = "--find-boundary", paramLabel = "AXIS",
            description = "for every point of the other axes, bisect along AXIS to where the outcome changes: one row per change")
    String findBoundary;

    @Option(names = "--adaptive", description = "evaluate the corners of coarse cells and refine only where they disagree")
    boolean adaptive;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "draw the rows as a chart, FILE.svg or FILE.png: an envelope, steps, or the frontier of the changes "
                    + "a boundary sweep finds (README, \"Charts\")")
    Path chart;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the rows to FILE (.csv, or .jsonl for JSON Lines) instead of standard output (CSV)")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "threads (default: the machine's cores)")
    Integer jobs;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "stop a point after S seconds and write its row as an error (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1 || timeoutSeconds < 1) {
            throw new UsageError(spec.commandLine(), "--jobs and --timeout-seconds take a number of at least 1", "");
        }
        Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), List.of(file), null);
        PrintWriter err = TerminalWriter.over(spec.commandLine().getErr());
        List<Diagnostic> problems = new ArrayList<>(inputs.diagnostics());
        Optional<Scenario> scenario = new SweepScenarioChoice(spec.commandLine(), file, name, vary.isEmpty()).choose(inputs);
        if (inputs.ruleBook().isEmpty() || scenario.isEmpty()) {
            render(problems, err);
            return ExitCode.INPUT;
        }
        SweepRequest request = new SweepOptions(spec.commandLine(), vary, observe, findBoundary, adaptive).over(scenario.get());
        Sweep.Preparation prepared = Sweep.prepare(inputs.ruleBook().get(), scenario.get(), request,
                RunOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds)));
        problems.addAll(prepared.diagnostics());
        render(problems, err);
        if (prepared.sweep().isEmpty()) {
            return ExitCode.INPUT;
        }
        Optional<Path> target = Optional.ofNullable(output).or(() -> vary.isEmpty() ? declared(scenario.get()) : Optional.empty());
        Optional<Path> chartTarget = Optional.ofNullable(chart)
                .or(() -> vary.isEmpty() ? scenario.get().sweep().flatMap(s -> s.chart()).map(c -> Path.of(c.text())) : Optional.empty());
        chartTarget.ifPresent(c -> SweepChart.checkTarget(c, spec.commandLine()));
        // Rows printed cannot be read back: the chart reads a copy of them, kept while it is drawn.
        Optional<Path> printedCopy = target.isEmpty() && chartTarget.isPresent()
                ? Optional.of(Files.createTempFile("whatif-sweep-", ".csv")) : Optional.empty();
        // A second Ctrl-C while the chart is drawn ends the JVM past the `finally` below: the copy still goes.
        printedCopy.ifPresent(copy -> copy.toFile().deleteOnExit());
        try {
            SweepResult result = run(prepared.sweep().get(), target, printedCopy, threads, inputs);
            summarize(result, target, err);
            boolean chartLost = false;
            if (chartTarget.isPresent()) {
                List<String> axes = request.vary().stream().map(a -> a.name()).toList();
                SweepChart.Drawing drawing = SweepChart.draw(target.or(() -> printedCopy).get(), target.orElse(SweepChart.STANDARD_OUTPUT),
                        chartTarget.get(), axes, request.findBoundary(), err, spec.commandLine());
                problems.addAll(drawing.problems());
                chartLost = drawing.noFont();
            }
            return exitCode(result, problems, inputs, chartLost);
        } finally {
            if (printedCopy.isPresent()) {
                Files.deleteIfExists(printedCopy.get());
            }
        }
    }

    /**
     * Stopped first: what the chart's drawing reports after a stop (its problems, a missing font)
     * does not change that the user asked the sweep to stop. (A chart target that became
     * unwritable during the sweep is still a usage error, exit 2: it was checked before the sweep.)
     */
    private static int exitCode(SweepResult result, List<Diagnostic> problems, Inputs inputs, boolean chartLost) {
        if (result.stopped()) {
            return INTERRUPTED;
        }
        boolean inputErrors = problems.stream().anyMatch(Diagnostic::isError) || !inputs.rejected().isEmpty() || chartLost;
        return inputErrors || result.errors() > 0 ? ExitCode.INPUT : ExitCode.OK;
    }

    private SweepResult run(Sweep sweep, Optional<Path> target, Optional<Path> printedCopy, int threads, Inputs inputs)
            throws IOException, InterruptedException {
        RowFormat format = RowFormat.forPath(target.orElse(null));
        if (target.isPresent()) {
            ReportFile.prepare(target.get(), spec.commandLine()).refuseInputs(common.rules, List.of(file), inputs.scenarioFiles());
        }
        StopOnSignal signals = StopOnSignal.install(sweep::stop);
        SweepProgressBar progress = SweepProgressBar.start(sweep);
        try {
            if (target.isEmpty()) {
                PrintWriter out = spec.commandLine().getOut(); // rows hold the scenario's own values, quoted as CSV or JSON
                if (printedCopy.isEmpty()) {
                    return sweep.run(out, format, threads);
                }
                try (Writer copy = Files.newBufferedWriter(printedCopy.get(), StandardCharsets.UTF_8)) {
                    return sweep.run(new TeeWriter(out, copy), format, threads);
                }
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target.get()), StandardCharsets.UTF_8))) {
                return sweep.run(out, format, threads);
            }
        } finally {
            progress.close();
            signals.close();
        }
    }

    private static Optional<Path> declared(Scenario scenario) {
        return scenario.sweep().flatMap(s -> s.output()).map(s -> Path.of(s.text()));
    }

    private void summarize(SweepResult result, Optional<Path> target, PrintWriter err) {
        String where = target.map(p -> " to " + p).orElse("");
        if (result.stopped()) {
            err.println("sweep stopped: " + result.rows() + " rows written" + where + ", each whole");
        } else {
            // A boundary's bisection evaluates between the grid's points, an adaptive sweep fewer than all of them.
            err.println("sweep: " + result.rows() + " rows written" + where + "; " + result.evaluations()
                    + " evaluations for a grid of " + result.points() + " points"
                    + (result.errors() > 0 ? "; " + result.errors() + " could not run to their end (see `error`)" : ""));
        }
        err.flush();
    }

    private static void render(List<Diagnostic> problems, PrintWriter err) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        problems.forEach(d -> renderer.render(d, err));
        err.flush();
    }
}
