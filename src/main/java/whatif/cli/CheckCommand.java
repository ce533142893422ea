package whatif.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.report.DiagnosticRenderer;
import whatif.report.Quantity;
import whatif.report.SourceLines;
import whatif.report.TerminalWriter;
import whatif.run.ScenarioChecker;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules and check every scenario against them, without running anything.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif check                           rules/ and scenarios/",
            "  whatif check --rules my-rules drafts/  other folders",
            "",
            "Exit codes: 0 all understood; 2 a problem in the rules, a scenario",
            "or the command line; 3 an internal error."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cache;

    @Mixin
    ScenarioPaths scenarioPaths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Inputs inputs = Inputs.load(() -> cache.compileFolder(common.rules), scenarioPaths.orDefault(), null);
        List<Diagnostic> diagnostics = new ArrayList<>(inputs.diagnostics());
        int invalid = inputs.rejected().size();
        if (inputs.ruleBook().isPresent()) {
            for (Scenario scenario : inputs.scenarios()) {
                List<Diagnostic> found = ScenarioChecker.check(inputs.ruleBook().get(), scenario);
                diagnostics.addAll(found);
                invalid += found.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
            }
        }
        PrintWriter out = TerminalWriter.over(spec.commandLine().getOut());
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        diagnostics.forEach(d -> renderer.render(d, out));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        String counts = counts(inputs, invalid);
        if (errors == 0 && inputs.unreadable().isEmpty()) {
            out.println("ok: " + counts);
        } else {
            out.println(Quantity.of(errors, "problem") + " found");
            out.println(counts);
        }
        out.flush();
        return errors == 0 && inputs.unreadable().isEmpty() && inputs.rejected().isEmpty() ? ExitCode.OK : ExitCode.INPUT;
    }

    /**
     * What was read, as {@code run} counts it: {@code 2 rules, 4 scenarios: 3 valid, 1 invalid;
     * 1 file could not be read}. Without rules, scenarios cannot be checked against them.
     */
    private static String counts(Inputs inputs, int invalid) {
        int total = inputs.scenarios().size() + inputs.rejected().size();
        String rules = inputs.ruleBook().map(b -> Quantity.of(b.rules().size(), "rule")).orElse("the rules do not compile");
        String scenarios = inputs.ruleBook().isPresent()
                ? (total - invalid) + " valid, " + invalid + " invalid"
                : "0 valid, " + invalid + " invalid, " + inputs.scenarios().size() + " not checked";
        String files = inputs.unreadable().isEmpty() ? ""
                : "; " + Quantity.of(inputs.unreadable().size(), "file") + " could not be read";
        return rules + ", " + Quantity.of(total, "scenario") + ": " + scenarios + files;
    }
}
