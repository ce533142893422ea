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
import whatif.report.SourceLines;
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
    ScenarioPaths scenarioPaths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Inputs inputs = Inputs.load(common.rules, scenarioPaths.orDefault(), null);
        List<Diagnostic> diagnostics = new ArrayList<>(inputs.diagnostics());
        inputs.ruleBook().ifPresent(book -> {
            for (Scenario scenario : inputs.scenarios()) {
                diagnostics.addAll(ScenarioChecker.check(book, scenario));
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        DiagnosticRenderer renderer = new DiagnosticRenderer(new SourceLines());
        diagnostics.forEach(d -> renderer.render(d, out));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        int rules = inputs.ruleBook().map(b -> b.rules().size()).orElse(0);
        if (errors == 0) {
            out.println("ok: " + count(rules, "rule") + ", " + count(inputs.scenarios().size(), "scenario"));
        } else {
            out.println(count(errors, "problem") + " found");
        }
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.INPUT;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
