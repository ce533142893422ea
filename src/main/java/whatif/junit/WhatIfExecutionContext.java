package whatif.junit;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.source.Span;

/**
 * What every scenario test of one execution shares: the rule book, compiled once on first use
 * (a failed compilation is remembered, so every test fails with its diagnostics), and the runner.
 */
final class WhatIfExecutionContext implements EngineExecutionContext {
    private final EngineConfiguration configuration;
    private final ScenarioRunner runner;
    private Compilation compilation; // guarded by this

    WhatIfExecutionContext(EngineConfiguration configuration) {
        this.configuration = configuration;
        this.runner = new ScenarioRunner(configuration.options());
    }

    Outcome run(Scenario scenario) {
        return runner.run(ruleBook(), scenario);
    }

    private synchronized RuleBook ruleBook() {
        if (compilation == null) {
            compilation = RuleBookCompiler.compileFolder(configuration.rules());
        }
        return compilation.ruleBook().orElseThrow(() -> InvalidInput.of(
                "the rules in `" + RelativePath.text(configuration.rules()) + "` do not compile",
                compilation.diagnostics(), Span.wholeFile(configuration.rules())));
    }
}
