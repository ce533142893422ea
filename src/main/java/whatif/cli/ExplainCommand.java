package whatif.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.explain.Explainer;
import whatif.explain.Explanation;
import whatif.explain.Timeline;
import whatif.explain.WhyNotAnalyst;
import whatif.report.DiagnosticRenderer;
import whatif.report.ExplanationJson;
import whatif.report.ExplanationText;
import whatif.report.SourceLines;
import whatif.report.TerminalWriter;
import whatif.report.TimelineText;
import whatif.report.WhyNotText;
import whatif.rulebook.RuleBook;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.run.Status;
import whatif.run.Trace;
import whatif.scenario.Scenario;
import whatif.source.Suggestions;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Run one scenario and show, for every fact the rules produced, the rule that inserted it "
                + "(with its place and sources) and the facts it matched, down to the scenario's own.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif explain scenarios/seed-claims/one-ton-request.yaml --name \"...\"",
            "  whatif explain FILE --fact Verdict               only the verdicts, and what they rest on",
            "  whatif explain FILE --on 2017-11-07             the facts as they stood that day",
            "  whatif explain FILE --by-date                   what the rules concluded, date by date",
            "  whatif explain FILE --format json               the same tree as JSON",
            "",
            "Exit codes: 0 explained (and every expectation held); 1 an expectation failed;",
            "2 the rules, the scenario or the command line could not be understood, or a",
            "rule looped or threw; 3 an internal error."})
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Parameters(paramLabel = "SCENARIO", description = "the scenario file")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "the scenario to explain, when the file has several")
    String name;

    @Option(names = "--on", paramLabel = "DATE", description = "explain the facts as they stood at the end of DATE "
            + "(default: the scenario's last date)")
    LocalDate on;

    @Option(names = "--fact", paramLabel = "TYPE", description = "explain only the facts of this type")
    String factType;

    @Option(names = "--by-date", description = "list what the rules produced, changed and withdrew on each date, "
            + "instead of the derivation trees (for a what-if written without expectations)")
    boolean byDate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format != Format.text && format != Format.json) { // the run report's other formats are not explain's
            throw new UsageError(spec.commandLine(), "`explain` writes text or json, not `" + format + "`",
                    "leave out --format for the tree, or give `--format json`");
        }
        Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), List.of(file), null);
        PrintWriter out = format == Format.json ? spec.commandLine().getOut() // JSON escapes for itself
                : TerminalWriter.over(spec.commandLine().getOut());
        if (inputs.diagnostics().stream().anyMatch(whatif.source.Diagnostic::isError) || inputs.ruleBook().isEmpty()) {
            render(inputs.diagnostics(), out);
            return ExitCode.INPUT;
        }
        Scenario scenario = chosen(inputs.scenarios());
        RuleBook book = inputs.ruleBook().get();
        Outcome outcome = new ScenarioRunner(RunOptions.defaults().withTrace(true)).run(book, scenario);
        if (outcome.status() == Status.INVALID) {
            render(outcome.diagnostics(), out);
            return ExitCode.INPUT;
        }
        outcome.error().ifPresent(error -> out.println("error: " + error.message()));
        Trace trace = outcome.trace().orElse(new Trace(List.of()));
        if (byDate) {
            TimelineText.write(Timeline.of(scenario.name(), trace), out);
            out.flush();
            return exitCode(outcome);
        }
        if (factType != null && !book.vocabulary().hasType(factType)) {
            throw new ParameterException(spec.commandLine(), "the rules declare no type `" + factType + "`; "
                    + Suggestions.hint(factType, book.factTypes().names()));
        }
        LocalDate date = Optional.ofNullable(on).orElse(lastDate(scenario));
        Explanation explanation = factType == null ? Explainer.explain(scenario.name(), trace, book, date)
                : Explainer.explain(scenario.name(), trace, book, date, factType);
        if (format == Format.json) {
            ExplanationJson.write(explanation, out);
        } else {
            ExplanationText.write(explanation, out);
            if (outcome.status() == Status.FAILED) {
                WhyNotText.write(WhyNotAnalyst.analyse(book, outcome), out);
            }
        }
        out.flush();
        return exitCode(outcome);
    }

    private Scenario chosen(List<Scenario> scenarios) {
        if (name != null) {
            return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "no scenario named `" + name + "` in `" + file + "`; "
                    + Suggestions.hint(name, scenarios.stream().map(Scenario::name).toList())));
        }
        List<Scenario> written = scenarios.stream().filter(s -> s.variant().isEmpty()).toList();
        if (written.size() == 1) {
            // A scenario with variants: the one written out is what the file is about; a variant is asked for by name.
            return written.get(0);
        }
        if (scenarios.size() > 1) {
            throw new ParameterException(spec.commandLine(), "`" + file + "` holds " + scenarios.size()
                    + " scenarios: choose one with --name; " + Suggestions.quoted(scenarios.stream().map(Scenario::name).toList()));
        }
        return scenarios.get(0);
    }

    private static LocalDate lastDate(Scenario scenario) {
        return scenario.timeline().stream().map(whatif.scenario.Step::on).max(LocalDate::compareTo)
                .filter(last -> last.isAfter(scenario.asOf())).orElse(scenario.asOf());
    }

    /** A scenario written only to see what the rules conclude has nothing to check: explaining it is a success. */
    private static int exitCode(Outcome outcome) {
        return switch (outcome.status()) {
            case PASSED -> ExitCode.OK;
            case FAILED -> outcome.scenario().hasExpectations() ? ExitCode.FAILED : ExitCode.OK;
            case ERROR, INVALID -> ExitCode.INPUT;
        };
    }

    private static void render(List<whatif.source.Diagnostic> diagnostics, PrintWriter out) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        diagnostics.forEach(d -> renderer.render(d, out));
        out.flush();
    }
}
