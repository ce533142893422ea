package whatif.assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;
import whatif.source.Diagnostic;

/**
 * Loads a rule book and runs scenarios in Java tests:
 * <pre>
 * WhatIf rules = WhatIf.rules(Path.of("rules"));          // compile once, e.g. in a static field
 * Outcome outcome = rules.run(Path.of("scenarios/one-ton.yaml"), "Seoul asks to double the payload");
 * Outcome built = rules.run(ScenarioBuilder.named("x").asOf(date).given("Trip", Map.of(...)).build());
 * </pre>
 * Rules that do not compile, or a scenario file with problems, fail the test with every
 * diagnostic at {@code file:line:column}.
 */
public final class WhatIf {
    private final RuleBook book;
    private final ScenarioRunner runner = new ScenarioRunner();

    private WhatIf(RuleBook book) {
        this.book = book;
    }

    public static WhatIf rules(Path folder) {
        Compilation compilation = RuleBookCompiler.compileFolder(folder);
        return new WhatIf(compilation.ruleBook().orElseThrow(() ->
                new AssertionError("the rules in `" + folder + "` do not compile:" + lines(compilation.diagnostics()))));
    }

    public RuleBook ruleBook() {
        return book;
    }

    public Outcome run(Scenario scenario) {
        return runner.run(book, scenario);
    }

    /** Every scenario of a file, in order. */
    public List<Outcome> run(Path scenarioFile) {
        return scenarios(scenarioFile).stream().map(this::run).toList();
    }

    /** The scenario of that name in the file. */
    public Outcome run(Path scenarioFile, String name) {
        return scenarios(scenarioFile).stream().filter(s -> s.name().equals(name)).findFirst().map(this::run)
                .orElseThrow(() -> new AssertionError("no scenario named `" + name + "` in " + scenarioFile));
    }

    private static List<Scenario> scenarios(Path file) {
        ParsedFile parsed;
        try {
            parsed = ScenarioParser.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (parsed.hasErrors()) {
            throw new AssertionError("the scenario file `" + file + "` has problems:" + lines(parsed.diagnostics()));
        }
        return parsed.scenarios();
    }

    private static String lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> System.lineSeparator() + "  " + d.oneLine()).collect(Collectors.joining());
    }
}
