package whatif.assertions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;
import whatif.source.Suggestions;

/**
 * Loads a rule book and runs scenarios in Java tests:
 * <pre>
 * static final WhatIf RULES = WhatIf.rules(Path.of("rules"));   // compiles once
 *
 * Outcome one = RULES.run(Path.of("scenarios/fines.yaml"), "a book four days late costs two");
 * Outcome built = RULES.run(ScenarioBuilder.named("x").asOf(date).given("Loan", Map.of(...)).build());
 * </pre>
 * Rules that do not compile, or a scenario file with problems, fail the test with every
 * diagnostic at {@code file:line:column}.
 */
public final class WhatIf {
    private final RuleBook book;
    private final RunOptions options;
    private final ScenarioRunner runner;

    private WhatIf(RuleBook book, RunOptions options) {
        this.book = book;
        this.options = options;
        this.runner = new ScenarioRunner(options);
    }

    /**
     * @throws AssertionError listing each compile diagnostic when the rules do not compile
     */
    public static WhatIf rules(Path folder) {
        Compilation compilation = RuleBookCompiler.compileFolder(folder);
        RuleBook book = compilation.ruleBook().orElseThrow(() ->
                new AssertionError("the rules in `" + folder + "` do not compile:" + lines(compilation.diagnostics())));
        return new WhatIf(book, RunOptions.defaults());
    }

    /** The same rule book, stopping a scenario as a likely loop after {@code maxFirings} firings. */
    public WhatIf withMaxFirings(int maxFirings) {
        return new WhatIf(book, options.withMaxFirings(maxFirings));
    }

    /** The same rule book, stopping a scenario that runs longer than {@code timeout} as an error. */
    public WhatIf withTimeout(Duration timeout) {
        return new WhatIf(book, options.withTimeout(timeout));
    }

    public RuleBook ruleBook() {
        return book;
    }

    public Outcome run(Scenario scenario) {
        return runner.run(book, scenario);
    }

    /**
     * Every scenario of a file, in order.
     *
     * @throws AssertionError listing the file's problems when it cannot be read in full
     */
    public List<Outcome> run(Path scenarioFile) {
        return scenarios(scenarioFile).stream().map(this::run).toList();
    }

    /** The scenario of that name in the file. */
    public Outcome run(Path scenarioFile, String name) {
        List<Scenario> scenarios = scenarios(scenarioFile);
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().map(this::run)
                .orElseThrow(() -> new AssertionError("no scenario named `" + name + "` in `" + scenarioFile + "`; "
                        + Suggestions.hint(name, scenarios.stream().map(Scenario::name).toList())));
    }

    private static List<Scenario> scenarios(Path file) {
        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));
        if (!read.allDiagnostics().isEmpty()) {
            throw new AssertionError("the scenario file `" + file + "` has problems:" + lines(read.allDiagnostics()));
        }
        return read.scenarios();
    }

    private static String lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> System.lineSeparator() + "  " + d.oneLine()).collect(Collectors.joining());
    }
}
