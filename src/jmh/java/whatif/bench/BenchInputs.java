package whatif.bench;

import java.nio.file.Path;
import java.util.List;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;

/**
 * The rule book and scenarios the benchmarks run, read from {@code rules/} and
 * {@code scenarios/} of the working directory (or {@code -Dwhatif.rules}, {@code -Dwhatif.scenarios}).
 * A benchmark of input with errors would measure the errors: refuse it.
 */
final class BenchInputs {
    private BenchInputs() {
    }

    static RuleBook ruleBook() {
        Compilation compilation = RuleBookCompiler.compileFolder(Path.of(System.getProperty("whatif.rules", "rules")));
        refuseDiagnostics(compilation.diagnostics());
        return compilation.ruleBook().orElseThrow(() -> new IllegalStateException("no rule book compiled"));
    }

    static List<Scenario> scenarios() {
        ScenarioFiles.Read read = ScenarioFiles.read(List.of(Path.of(System.getProperty("whatif.scenarios", "scenarios"))));
        refuseDiagnostics(read.allDiagnostics());
        if (read.scenarios().isEmpty()) {
            throw new IllegalStateException("no scenario to measure");
        }
        return read.scenarios();
    }

    private static void refuseDiagnostics(List<Diagnostic> diagnostics) {
        if (!diagnostics.isEmpty()) {
            throw new IllegalStateException("the inputs have errors; fix them before measuring:\n"
                    + String.join("\n", diagnostics.stream().map(Diagnostic::oneLine).toList()));
        }
    }
}
