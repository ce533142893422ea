package whatif.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.mutate.Baseline;
import whatif.mutate.MutantMaker;
import whatif.mutate.MutantResult;
import whatif.mutate.MutationReport;
import whatif.mutate.MutationTester;
import whatif.report.DiagnosticRenderer;
import whatif.report.FailureMessage;
import whatif.report.MutationJson;
import whatif.report.MutationText;
import whatif.report.Quantity;
import whatif.report.SourceLines;
import whatif.report.TerminalWriter;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleFiles;
import whatif.rulebook.RuleSource;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.source.Diagnostic;

@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = {"Mutation testing: find the small changes to the rules no scenario notices.",
            "Each rule is changed a little (removed, a comparison flipped, a number moved",
            "by one, a date by a day) and the scenarios run against each change."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif mutate                  rules/ against the scenarios under scenarios/",
            "  whatif mutate --min-score 90   fail below a score of 90%%",
            "  whatif mutate --format json    every mutant and what caught it",
            "",
            "The score is the share of compiled mutants that a scenario caught.",
            "Exit codes: 0 the score reaches --min-score (or none is given); 1 it",
            "does not; 2 the rules, a scenario or the command line could not be",
            "understood, or a scenario fails against the rules as written (mutation",
            "testing needs a green suite); 3 an internal error."})
final class MutateCommand implements Callable<Integer> {
    /** The report formats of {@code mutate}: no JUnit or HTML form of a mutation report. */
    enum MutationFormat { text, json }

    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Mixin
    ScenarioPaths scenarioPaths;

    @Option(names = "--min-score", paramLabel = "PERCENT",
            description = "exit with 1 when fewer than PERCENT of the compiled mutants are caught")
    Double minScore;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    MutationFormat format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "test N mutants at a time (default: the number of processors)")
    Integer jobs;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_FIRINGS,
            description = "stop a scenario as a likely loop after N rule firings (default: ${DEFAULT-VALUE})")
    int maxFirings;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "stop a scenario after S seconds and count it as not passing (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        int threads = checkedJobs();
        PrintWriter out = TerminalWriter.over(spec.commandLine().getOut());
        Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), scenarioPaths.orDefault(), null);
        if (!understood(inputs)) {
            return refuse(inputs, out);
        }
        RuleBook book = inputs.ruleBook().get();
        MutationTester tester = new MutationTester(RunOptions.defaults().withMaxFirings(maxFirings)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)), threads);
        Baseline baseline = tester.baseline(book, inputs.scenarios());
        if (!baseline.isGreen()) {
            return notGreen(baseline, out);
        }
        List<RuleSource> sources = RuleFiles.read(common.rules).sources();
        List<MutantResult> results = tester.test(sources, baseline, MutantMaker.make(sources));
        MutationReport report = new MutationReport(results, book.rules().size(), inputs.scenarios().size(),
                Duration.ofNanos(System.nanoTime() - started), minScore == null ? OptionalDouble.empty() : OptionalDouble.of(minScore));
        if (format == MutationFormat.json) {
            new MutationJson().report(report, spec.commandLine().getOut());
        } else {
            new MutationText().report(report, out);
        }
        return report.meetsMinimum() ? ExitCode.OK : ExitCode.FAILED;
    }

    /** The number of mutants to test at a time, once every number option is known to make sense. */
    private int checkedJobs() {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1 || maxFirings < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs, --max-firings and --timeout-seconds take a number of at least 1");
        }
        if (minScore != null && (minScore.isNaN() || minScore < 0 || minScore > 100)) {
            throw new ParameterException(spec.commandLine(), "--min-score takes a percentage from 0 to 100, got " + minScore);
        }
        return threads;
    }

    /** Rules that compile and scenarios that were all read: anything less would be mutated blind. */
    private static boolean understood(Inputs inputs) {
        return inputs.ruleBook().isPresent() && inputs.diagnostics().stream().noneMatch(Diagnostic::isError)
                && inputs.unreadable().isEmpty() && inputs.rejected().isEmpty() && !inputs.scenarios().isEmpty();
    }

    private static int refuse(Inputs inputs, PrintWriter out) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        List<Diagnostic> errors = inputs.diagnostics().stream().filter(Diagnostic::isError).toList();
        errors.forEach(d -> renderer.render(d, out));
        out.println(errors.isEmpty() && inputs.scenarios().isEmpty()
                ? "no scenario found: mutation testing needs scenarios to run"
                : "nothing was mutated: mutation testing needs rules that compile and scenarios that can be read");
        out.flush();
        return ExitCode.INPUT;
    }

    private static int notGreen(Baseline baseline, PrintWriter out) {
        for (Outcome outcome : baseline.notPassed()) {
            String label = switch (outcome.status()) {
                case PASSED -> "PASS";
                case FAILED -> "FAIL";
                case ERROR -> "ERROR";
                case INVALID -> "INVALID";
            };
            out.println(String.format(Locale.ROOT, "%-7s %s  (%s)", label, outcome.scenario().name(), outcome.scenario().span()));
            FailureMessage.linesOf(outcome).forEach(line -> out.println("        " + line));
        }
        out.println();
        out.println("mutation testing needs a green suite: " + Quantity.of(baseline.notPassed().size(), "scenario")
                + " of " + baseline.outcomes().size() + " did not pass against the rules as written");
        out.println(" = hint: make them pass first; a scenario that fails already cannot tell a changed rule from the real one");
        out.flush();
        return ExitCode.INPUT;
    }
}
