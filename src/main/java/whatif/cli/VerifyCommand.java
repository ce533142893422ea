package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import whatif.report.VerifyText;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.run.RunOptions;
import whatif.source.Diagnostic;
import whatif.verify.BoundCheck;
import whatif.verify.Check;
import whatif.verify.CheckResult;
import whatif.verify.Counterexample;
import whatif.verify.Finding;
import whatif.verify.Verifier;
import whatif.verify.VerifySpec;
import whatif.verify.VerifySpecParser;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Sweep the ranges a verify file declares and report where the rules contradict themselves "
                + "or a declared monotonicity fails.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif verify                         the checks in rules/verify.yaml",
            "  whatif verify my-checks.yaml --jobs 2",
            "  whatif verify --write-counterexamples found/",
            "                                        each finding as a scenario file",
            "",
            "Exit codes: 0 every invariant held; 1 an invariant broke; 2 a problem in the rules,",
            "the verify file, a scenario or the command line, or a point whose run ended in an",
            "error; 3 an internal error."})
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the verify file (default: verify.yaml in the rules folder)")
    Path file;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0",
            description = "threads that run points (default: one per core)")
    int jobs;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "5",
            description = "findings shown (and written) per invariant; all are counted (default: ${DEFAULT-VALUE})")
    int maxFindings;

    @Option(names = "--write-counterexamples", paramLabel = "DIR", description = "write each finding shown as a scenario file here")
    Path counterexamples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (jobs < 0 || maxFindings < 1) {
            throw new UsageError(spec.commandLine(), "--jobs takes 0 (one per core) or more, --max-findings 1 or more", "");
        }
        Path verifyFile = file != null ? file : common.rules.resolve("verify.yaml");
        List<Diagnostic> problems = new ArrayList<>();
        Optional<String> text = BaseScenario.read(verifyFile, problems);
        Compilation compilation = cache.compileFolder(common.rules);
        problems.addAll(compilation.diagnostics());
        List<CheckResult> results = new ArrayList<>();
        Map<Check, BoundCheck> bound = new LinkedHashMap<>();
        if (text.isPresent() && compilation.ruleBook().isPresent()) {
            RuleBook book = compilation.ruleBook().get();
            VerifySpec verify = VerifySpecParser.parse(text.get(), verifyFile);
            problems.addAll(verify.diagnostics());
            int threads = jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
            Verifier verifier = new Verifier(RunOptions.defaults(), threads, maxFindings);
            for (Check check : verify.checks()) {
                Optional<BoundCheck> checked = BaseScenario.of(check, book, problems);
                if (checked.isPresent()) {
                    bound.put(check, checked.get());
                    results.add(verifier.verify(checked.get()));
                }
            }
        }
        Map<Finding, String> files = counterexamples == null ? Map.of() : writeCounterexamples(results, bound);
        PrintWriter err = TerminalWriter.over(spec.commandLine().getErr());
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        problems.forEach(d -> renderer.render(d, err));
        err.flush();
        VerifyText.write(results, files, TerminalWriter.over(spec.commandLine().getOut()));
        boolean inputErrors = problems.stream().anyMatch(Diagnostic::isError) || results.stream().anyMatch(r -> r.errors() > 0);
        if (inputErrors) {
            return ExitCode.INPUT;
        }
        return results.stream().anyMatch(r -> r.totalBroken() > 0) ? ExitCode.FAILED : ExitCode.OK;
    }

    /** One file per finding shown, numbered in the report's order: {@code 01-at-most-one-verdict-per-proposal.yaml}. */
    private Map<Finding, String> writeCounterexamples(List<CheckResult> results, Map<Check, BoundCheck> bound) throws IOException {
        Files.createDirectories(counterexamples);
        Map<Finding, String> files = new LinkedHashMap<>();
        int n = 0;
        for (CheckResult result : results) {
            for (Finding finding : result.findings()) {
                n++;
                String slug = finding.invariant().describe().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
                Path out = counterexamples.resolve(String.format(java.util.Locale.ROOT, "%02d-%s.yaml", n,
                        slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug));
                Files.writeString(out, Counterexample.of(finding, bound.get(result.check())), StandardCharsets.UTF_8);
                files.put(finding, out.toString());
            }
        }
        return files;
    }
}
