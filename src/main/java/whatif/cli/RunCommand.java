package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.coverage.Coverage;
import whatif.report.Reporter;
import whatif.report.RunReport;
import whatif.report.TerminalWriter;
import whatif.rulebook.RuleBook;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenario files against the rules and report each scenario's outcome.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif run                                    every scenario under scenarios/",
            "  whatif run scenarios/seed-claims --filter ton  those whose name contains \"ton\"",
            "  whatif run --format json -o target/r.json      a machine-readable report",
            "  whatif run --format html -o target/r.html      one page: verdicts, explanations, coverage",
            "  whatif run --coverage --min-coverage 90        which rules no scenario fires; fail below 90%%",
            "",
            "Exit codes: 0 all passed; 1 an expectation failed; 2 the rules, a",
            "scenario or the command line could not be understood, or a rule",
            "looped or threw; 3 an internal error."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Mixin
    ScenarioPaths scenarioPaths;

    @Option(names = "--filter", paramLabel = "TEXT", description = "run only scenarios whose name contains TEXT (ignoring case)")
    String filter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path output;

    @Option(names = "--coverage", description = "list every rule with the scenarios that fired it, and the share fired")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "N", description = "fail (exit 1) when less than N percent of the "
            + "rules fired in some scenario; implies --coverage")
    BigDecimal minCoverage;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_FIRINGS,
            description = "stop a scenario as a likely loop after N rule firings (default: ${DEFAULT-VALUE})")
    int maxFirings;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "stop waiting for a scenario after S seconds and report it as an error (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    // Every core by default: the report is the same bytes on any number of threads.
    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "run scenarios on N threads; the report is the same (default: one per processor)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        if (maxFirings < 1 || jobs < 1 || timeoutSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-firings, --jobs and --timeout-seconds take a number of at least 1");
        }
        if (minCoverage != null && (minCoverage.signum() < 0 || minCoverage.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new UsageError(spec.commandLine(), "--min-coverage takes a percentage from 0 to 100, got `"
                    + minCoverage.toPlainString() + "`", "give the share of rules that must fire, as `--min-coverage 90`");
        }
        ReportFile reportFile = output == null ? null : ReportFile.prepare(output, spec.commandLine());
        Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), scenarioPaths.orDefault(), filter);
        if (reportFile != null) {
            reportFile.refuseInputs(common.rules, scenarioPaths.orDefault(), inputs.scenarioFiles());
        }
        // Opened before the run, so that a report that cannot be written is known before the wait.
        try (ReportFile.Pending pending = reportFile == null ? null : reportFile.begin()) {
            List<Outcome> outcomes = inputs.ruleBook().isPresent()
                    ? runAll(inputs.ruleBook().get(), inputs.scenarios())
                    : List.of();
            int notRun = inputs.ruleBook().isPresent() ? 0 : inputs.scenarios().size();
            RunReport report = new RunReport(inputs.diagnostics(), outcomes, inputs.rejected(), inputs.unreadable(),
                    notRun, inputs.ruleBook().isPresent());
            Optional<Coverage> coverage = inputs.ruleBook().filter(book -> showsCoverage())
                    .map(book -> coverageOf(book, outcomes));
            return write(coverage.map(report::withCoverage).orElse(report), inputs.ruleBook(), pending);
        }
    }

    private List<Outcome> runAll(RuleBook book, List<Scenario> scenarios) throws InterruptedException, ExecutionException {
        // The runner enforces the timeout itself: every scenario comes back, even one whose rule never returns.
        ScenarioRunner runner = new ScenarioRunner(RunOptions.defaults().withMaxFirings(maxFirings)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)).withTrace(format.explains()));
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                running.add(pool.submit(() -> runner.run(book, scenario)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : running) {
                outcomes.add(future.get()); // in input order, whatever finished first
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean showsCoverage() {
        return coverage || minCoverage != null || format.alwaysShowsCoverage();
    }

    private Coverage coverageOf(RuleBook book, List<Outcome> outcomes) {
        Coverage ofTheRules = Coverage.of(book.rules(), outcomes);
        return minCoverage == null ? ofTheRules : ofTheRules.withMinimum(minCoverage);
    }

    /** Prints the report, or writes it to {@code -o}'s file and prints its counts; returns the exit code. */
    private int write(RunReport report, Optional<RuleBook> book, ReportFile.Pending pending) {
        Reporter reporter = format.reporter(book);
        if (pending == null) {
            PrintWriter raw = spec.commandLine().getOut(); // each reporter escapes for its format
            reporter.report(report, raw);
            raw.flush();
            return withCoverageMinimum(report, ExitCode.of(report));
        }
        PrintWriter out = TerminalWriter.over(spec.commandLine().getOut());
        try {
            pending.write(writer -> reporter.report(report, writer));
        } catch (IOException e) {
            PrintWriter err = TerminalWriter.over(spec.commandLine().getErr());
            err.println("error: cannot write the report to `" + output + "`: " + ReportFile.describe(e));
            err.println(" = hint: check that the folder has room and that you may write to it; the counts follow");
            err.flush();
            out.println(report.summary().sentence());
            out.flush();
            return ExitCode.INPUT;
        }
        out.println("wrote " + output);
        report.coverage().ifPresent(c -> out.println("rule coverage: " + c.sentence()));
        out.println(report.summary().sentence());
        out.flush();
        return withCoverageMinimum(report, ExitCode.of(report));
    }

    /** A run whose scenarios passed fails (1) when too few rules fired, and says so on the error stream. */
    private int withCoverageMinimum(RunReport report, int exitCode) {
        Optional<String> shortfall = report.coverage().flatMap(Coverage::shortfall);
        if (shortfall.isEmpty()) {
            return exitCode;
        }
        PrintWriter err = TerminalWriter.over(spec.commandLine().getErr());
        err.println("error: " + shortfall.get() + " (--min-coverage)");
        err.println(" = hint: write a scenario that fires each rule listed as fired by no scenario, or lower --min-coverage");
        err.flush();
        return exitCode == ExitCode.OK ? ExitCode.FAILED : exitCode;
    }
}
