package whatif.junit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.opentest4j.AssertionFailedError;
import whatif.coverage.Coverage;
import whatif.report.CoverageJson;
import whatif.report.CoverageText;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.CacheLocation;
import whatif.rulebook.RuleBookCompilerWithCaching;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.source.Span;

/**
 * What every scenario test of one execution shares: the rule book, compiled once on first use
 * (a failed compilation is remembered, so every test fails with its diagnostics), and the runner;
 * and, when the configuration asks for coverage, the outcomes, to tell which rules they fired.
 */
final class WhatIfExecutionContext implements org.junit.platform.engine.support.hierarchical.EngineExecutionContext {
    /** Where a problem with the rule-book cache is said: a test engine has no error stream of its own. */
    private static final Logger CACHE_NOTES = Logger.getLogger(WhatIfExecutionContext.class.getName());

    private final EngineConfiguration configuration;
    private final ScenarioRunner runner;
    private final List<Outcome> outcomes = new ArrayList<>(); // guarded by itself
    private Compilation compilation; // guarded by this

    WhatIfExecutionContext(EngineConfiguration configuration) {
        this.configuration = configuration;
        this.runner = new ScenarioRunner(configuration.options());
    }

    Outcome run(Scenario scenario) {
        Outcome outcome = runner.run(ruleBook(), scenario);
        if (configuration.wantsCoverage()) {
            synchronized (outcomes) {
                outcomes.add(outcome);
            }
        }
        return outcome;
    }

    /**
     * Writes the rule coverage of the scenarios run and holds it against its minimum, as the
     * configuration asks. Nothing to say when the rules do not compile: every test failed already.
     */
    void finishCoverage() throws IOException {
        if (!configuration.wantsCoverage() || compiled().ruleBook().isEmpty()) {
            return;
        }
        Coverage coverage = Coverage.of(compiled().ruleBook().get().rules(), outcomesInFileOrder());
        coverage = configuration.coverageMinimum().map(coverage::withMinimum).orElse(coverage);
        for (Path file : configuration.coverageReport().stream().toList()) {
            write(coverage, file);
        }
        Optional<String> shortfall = coverage.shortfall();
        if (shortfall.isPresent()) {
            throw new AssertionFailedError(shortfall.get() + " (configuration parameter `"
                    + WhatIfTestEngine.COVERAGE_MINIMUM + "`)");
        }
    }

    /** In file order, whatever order the scenarios ran in, so the report is the same every time. */
    private List<Outcome> outcomesInFileOrder() {
        synchronized (outcomes) {
            List<Outcome> sorted = new ArrayList<>(outcomes);
            sorted.sort(Comparator.comparing((Outcome o) -> o.scenario().file().toString())
                    .thenComparingInt(o -> o.scenario().span().line())
                    .thenComparingInt(o -> o.scenario().span().column()));
            return sorted;
        }
    }

    private static void write(Coverage coverage, Path file) throws IOException {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (file.getFileName().toString().endsWith(".json")) {
            CoverageJson.write(coverage, out);
        } else {
            CoverageText.write(coverage, out);
        }
        out.flush();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    private RuleBook ruleBook() {
        Compilation compiled = compiled();
        return compiled.ruleBook().orElseThrow(() -> InvalidInput.of(
                "the rules in `" + RelativePath.text(configuration.rules()) + "` do not compile",
                compiled.diagnostics(), Span.wholeFile(configuration.rules())));
    }

    private synchronized Compilation compiled() {
        if (compilation == null) {
            // Kept between runs as the command line keeps it (README, "Cold start"): a build that runs
            // the same rules again reads them back instead of compiling them.
            compilation = RuleBookCompilerWithCaching.compileFolder(configuration.rules(), CacheLocation.ofEnvironment(),
                    CACHE_NOTES::warning);
        }
        return compilation;
    }
}
