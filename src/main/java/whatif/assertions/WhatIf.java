package whatif.assertions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import whatif.diff.Delta;
import whatif.diff.Differ;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.CacheLocation;
import whatif.rulebook.RuleBookCompilerWithCaching;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.scenario.Variant;
import whatif.source.Diagnostic;
import whatif.source.Suggestions;

/**
 * Loads a rule book and runs scenarios in Java tests:
 * <pre>
 * static final WhatIf RULES = WhatIf.rules(Path.of("rules"));   // compiles once
 *
 * Outcome one = RULES.run(Path.of("scenarios/fines.yaml"), "a book four days late costs two");
 * Outcome built = RULES.run(ScenarioBuilder.named("x").asOf(date).given("Loan", Map.of(...)).build());
 * Delta delta = RULES.diff(Path.of("scenarios/fines.yaml"), "a book four days late costs two / a DVD");
 * </pre>
 * Rules that do not compile, or a scenario file with problems, fail the test with every
 * diagnostic at {@code file:line:column}.
 */
public final class WhatIf {
    /** Where a problem with the rule-book cache is said: a test has no error stream of its own. */
    private static final Logger CACHE_NOTES = Logger.getLogger(WhatIf.class.getName());

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
        // Kept between runs as the command line keeps it (README, "Cold start").
        Compilation compilation = RuleBookCompilerWithCaching.compileFolder(folder, CacheLocation.ofEnvironment(),
                CACHE_NOTES::warning);
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
        return run(named(scenarios(scenarioFile), name, scenarioFile));
    }

    /**
     * The variant of that full name ({@code scenario / variant}) in the file, compared with its
     * scenario, both run under this rule book with a trace, so that the delta says why.
     *
     * @throws AssertionError when the file has no such variant
     */
    public Delta diff(Path scenarioFile, String variant) {
        List<Scenario> scenarios = scenarios(scenarioFile);
        Scenario chosen = named(scenarios, variant, scenarioFile);
        String baseline = chosen.variant().map(Variant::baseline).orElseThrow(() -> new AssertionError("`" + variant
                + "` in `" + scenarioFile + "` is a scenario, not a variant; name a variant as `scenario / variant`"));
        return diff(named(scenarios, baseline, scenarioFile), chosen);
    }

    /** Two scenarios, each run under this rule book, compared: the first is the baseline. */
    public Delta diff(Scenario baseline, Scenario variant) {
        return Differ.run(book, baseline, book, variant, options);
    }

    /**
     * The scenario of that name in the file, run under this rule book and under the draft's:
     * {@code today.diffAgainst(WhatIf.rules(Path.of("drafts/cap")), file, name)}.
     */
    public Delta diffAgainst(WhatIf draft, Path scenarioFile, String name) {
        Scenario scenario = named(scenarios(scenarioFile), name, scenarioFile);
        return Differ.run(book, scenario, draft.book, scenario, options);
    }

    private static Scenario named(List<Scenario> scenarios, String name, Path file) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario named `" + name + "` in `" + file + "`; "
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
