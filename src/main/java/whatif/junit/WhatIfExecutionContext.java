package whatif.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;

/** What every scenario test of one execution shares: the rule book, compiled once, and the runner. */
final class WhatIfExecutionContext implements EngineExecutionContext {
    static final String RULES = "whatif.rules";
    static final String MAX_FIRINGS = "whatif.maxFirings";

    private final Path rules;
    private final ScenarioRunner runner;
    private Compilation compilation;

    WhatIfExecutionContext(ConfigurationParameters parameters) {
        this.rules = Path.of(parameters.get(RULES).orElse("rules"));
        int maxFirings = parameters.get(MAX_FIRINGS).map(Integer::parseInt).orElse(RunOptions.DEFAULT_MAX_FIRINGS);
        this.runner = new ScenarioRunner(new RunOptions(maxFirings));
    }

    Outcome run(Scenario scenario) {
        return runner.run(ruleBook(), scenario);
    }

    /** The rule book; a test whose rules do not compile fails with every compile error. */
    synchronized RuleBook ruleBook() {
        if (compilation == null) {
            compilation = RuleBookCompiler.compileFolder(rules);
        }
        return compilation.ruleBook().orElseThrow(() -> new AssertionError(
                "the rules in `" + rules + "` do not compile:" + System.lineSeparator() + lines(compilation.diagnostics())));
    }

    static String lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> "  " + d.oneLine()).collect(Collectors.joining(System.lineSeparator()));
    }
}
