package whatif.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.report.DiffJson;
import whatif.report.DiffReport;
import whatif.report.DiffText;
import whatif.report.SourceLines;
import whatif.rulebook.Compilation;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.Status;
import whatif.source.Diagnostic;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Run a scenario and each of its variants, or every scenario under today's rules and a draft, "
                + "and show what changed: the facts that appeared, disappeared or changed, with the rules that "
                + "concluded them and the changed inputs they rest on, the rules fired in one run only, and the "
                + "first date on which the runs part."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif diff FILE       each variant of FILE's scenarios against its scenario",
            "  whatif diff FILE --name \"scenario / variant\"    one variant only",
            "  whatif diff --against-rules DRAFT",
            "                         every scenario under a draft and under rules/",
            "  whatif diff --against-rules DIR --fail-on-change",
            "                         a gate for CI: exit 1 if any outcome moved",
            "",
            "Exit codes: 0 compared (and, with --fail-on-change, nothing changed); 1 an",
            "expectation of a scenario or variant failed, or --fail-on-change saw a change;",
            "2 the rules, a scenario or the command line could not be understood, or a rule",
            "looped or threw; 3 an internal error."})
final class DiffCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Parameters(paramLabel = "PATHS", arity = "0..*",
            description = "the scenario file whose variants to compare; with --against-rules, scenario files or folders "
                    + "(default: scenarios)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--against-rules", paramLabel = "DIR",
            description = "a draft rule book: run every scenario under it and under --rules, and show what it changes")
    Path draft;

    @Option(names = "--name", paramLabel = "NAME",
            description = "compare only this scenario's variants, or only this variant (its full name, `scenario / variant`)")
    String name;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "with --against-rules, only scenarios whose name contains TEXT (ignoring case)")
    String filter;

    @Option(names = "--fail-on-change", description = "exit with 1 when any outcome changed: a gate for CI")
    boolean failOnChange;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "with --against-rules, compare scenarios on N threads; the report is the same (default: one per processor)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "stop waiting for a run after S seconds and report it as an error (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        checkOptions();
        RunOptions options = RunOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds));
        DiffReport report;
        if (draft == null) {
            Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), paths, null);
            report = inputs.ruleBook().isEmpty()
                    ? DiffReport.notCompiled(DiffReport.Kind.VARIANTS, VariantDiff.BEFORE, VariantDiff.AFTER, inputs.diagnostics())
                    : new VariantDiff(spec.commandLine(), paths.get(0), Optional.ofNullable(name)).compare(inputs, options);
        } else {
            Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), paths.isEmpty() ? List.of(Path.of("scenarios")) : paths, filter);
            Compilation drafted = cache.compileFolder(draft);
            List<Diagnostic> diagnostics = new ArrayList<>(drafted.diagnostics());
            diagnostics.addAll(inputs.diagnostics());
            Inputs all = new Inputs(inputs.ruleBook(), inputs.scenarios(), inputs.rejected(), inputs.unreadable(),
                    inputs.scenarioFiles(), diagnostics);
            report = inputs.ruleBook().isEmpty() || drafted.ruleBook().isEmpty()
                    ? DiffReport.notCompiled(DiffReport.Kind.REFORM, ReformDiff.BEFORE, ReformDiff.AFTER, diagnostics)
                    : new ReformDiff(jobs).compare(all, inputs.ruleBook().get(), drafted.ruleBook().get(), options);
        }
        PrintWriter out = spec.commandLine().getOut(); // each format escapes for itself
        if (format == Format.json) {
            DiffJson.write(report, out);
        } else {
            new DiffText(new SourceLines()).write(report, out);
        }
        out.flush();
        return exitCode(report);
    }

    private void checkOptions() {
        if (jobs < 1 || timeoutSeconds < 1) {
            throw new UsageError(spec.commandLine(), "--jobs and --timeout-seconds take a number of at least 1", "");
        }
        if (draft == null && paths.size() != 1) {
            throw new UsageError(spec.commandLine(), paths.isEmpty() ? "a scenario file is required"
                    : "diff compares the variants of one scenario file, and " + paths.size() + " paths were given",
                    "give the file whose variants to compare, or compare rule books with `--against-rules DIR [PATHS...]`");
        }
        if (draft == null && filter != null) {
            throw new UsageError(spec.commandLine(), "--filter chooses scenarios for --against-rules",
                    "choose a scenario's variants, or one variant, with `--name`");
        }
        if (draft != null && name != null) {
            throw new UsageError(spec.commandLine(), "--name chooses the variants of a scenario file",
                    "with --against-rules, choose scenarios with `--filter TEXT`");
        }
    }

    /** 3 for a bug; 2 for anything not understood or not run; then 1 for a failed expectation or a change that fails; 0. */
    private int exitCode(DiffReport report) {
        List<Outcome> outcomes = new ArrayList<>();
        report.deltas().forEach(d -> {
            outcomes.add(d.before());
            outcomes.add(d.after());
        });
        if (outcomes.stream().anyMatch(o -> o.error().map(e -> e.internal()).orElse(false))) {
            return ExitCode.INTERNAL;
        }
        boolean inputProblems = report.allDiagnostics().stream().anyMatch(Diagnostic::isError) || report.notCompared() > 0
                || report.deltas().isEmpty();
        if (inputProblems || !report.rulesCompiled()) {
            return ExitCode.INPUT;
        }
        // Under a draft, an expectation that stops holding is one of the changes it makes, not a failure of the diff.
        boolean failed = report.kind() == DiffReport.Kind.VARIANTS
                && outcomes.stream().anyMatch(o -> o.status() == Status.FAILED);
        return failed || (failOnChange && report.changed() > 0) ? ExitCode.FAILED : ExitCode.OK;
    }
}
