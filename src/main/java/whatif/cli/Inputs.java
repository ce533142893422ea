package whatif.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/** What a command reads before it can work: the rules compiled, the scenarios parsed and filtered. */
record Inputs(Optional<RuleBook> ruleBook, List<Scenario> scenarios, List<Diagnostic> diagnostics) {

    static Inputs load(Path rules, List<Path> paths, String filter) {
        Compilation compilation = RuleBookCompiler.compileFolder(rules);
        ScenarioFiles.Read read = ScenarioFiles.read(paths);
        List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
        diagnostics.addAll(read.allDiagnostics());
        List<Scenario> scenarios = read.scenarios();
        if (filter != null && !filter.isEmpty()) {
            String lowered = filter.toLowerCase(Locale.ROOT);
            scenarios = scenarios.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).contains(lowered)).toList();
            if (scenarios.isEmpty() && !read.scenarios().isEmpty()) {
                Path where = paths.isEmpty() ? Path.of(".") : paths.get(0);
                diagnostics.add(Diagnostic.error(DiagnosticCode.NO_SCENARIOS, Span.wholeFile(where),
                                "no scenario name contains `" + filter + "`")
                        .withLabel(read.scenarios().size() + " scenarios were read")
                        .withHint("`--filter` matches part of a scenario's `name:`, ignoring case"));
            }
        }
        return new Inputs(compilation.ruleBook(), scenarios, diagnostics);
    }
}
