package whatif.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.RuleBook;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;
import whatif.source.Utf8Reader;
import whatif.verify.BoundCheck;
import whatif.verify.Check;
import whatif.verify.CheckBinder;

/** Reads the scenario a verify check varies, and binds the check to it and the rule book. */
final class BaseScenario {
    private BaseScenario() {
    }

    /** The check bound to its scenario and the rule book, or nothing, with the problems found added. */
    static Optional<BoundCheck> of(Check check, RuleBook book, List<Diagnostic> problems) {
        Optional<String> text = read(check.scenarioFile(), problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ParsedFile parsed = ScenarioParser.parse(text.get(), check.scenarioFile());
        problems.addAll(parsed.diagnostics());
        List<Scenario> scenarios = parsed.scenarios().stream().filter(s -> !s.isVariant()).toList();
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        Optional<Scenario> chosen = check.scenarioName().isPresent()
                ? scenarios.stream().filter(s -> s.name().equals(check.scenarioName().get())).findFirst()
                : scenarios.size() == 1 ? Optional.of(scenarios.get(0)) : Optional.empty();
        if (chosen.isEmpty()) {
            String wanted = check.scenarioName().map(n -> "no scenario `" + n + "` in `" + check.scenarioFile() + "`")
                    .orElse("`" + check.scenarioFile() + "` holds " + scenarios.size() + " scenarios");
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, check.scenarioSpan(), wanted)
                    .withLabel("expected one of " + Suggestions.quoted(names))
                    .withHint(check.scenarioName().map(n -> Suggestions.hint(n, names)).orElse("name one with `scenarioName:`")));
            return Optional.empty();
        }
        CheckBinder.Binding binding = CheckBinder.bind(check, chosen.get(), book);
        problems.addAll(binding.diagnostics());
        return binding.bound();
    }

    static Optional<String> read(Path file, List<Diagnostic> problems) {
        try {
            // Decoded as scenario files are: text that is not UTF-8 is reported at its line and column.
            Utf8Reader.Decoded decoded = Utf8Reader.decode(Files.readAllBytes(file), file);
            decoded.problem().ifPresent(problems::add);
            return decoded.text();
        } catch (NoSuchFileException e) {
            problems.add(Diagnostic.error(DiagnosticCode.PATH_NOT_FOUND, Span.wholeFile(file), "no file `" + file + "`"));
        } catch (IOException e) {
            problems.add(Diagnostic.error(DiagnosticCode.UNREADABLE_FILE, Span.wholeFile(file),
                    "cannot read `" + file + "`: " + ReportFile.describe(e)));
        }
        return Optional.empty();
    }
}
