package whatif.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import whatif.scenario.Scenario;
import whatif.source.Suggestions;

/**
 * Which scenario of the file {@code sweep} runs: the one {@code --name} names; else the one that
 * declares a sweep, when the command line gives none; else the file's only scenario.
 */
final class SweepScenarioChoice {
    private final CommandLine cli;
    private final Path file;
    private final String name;
    private final boolean needsDeclaredSweep;

    SweepScenarioChoice(CommandLine cli, Path file, String name, boolean needsDeclaredSweep) {
        this.cli = cli;
        this.file = file;
        this.name = name;
        this.needsDeclaredSweep = needsDeclaredSweep;
    }

    /** The scenario, or empty when the file gave none that can run (its diagnostics say why). */
    Optional<Scenario> choose(Inputs inputs) {
        List<Scenario> all = inputs.scenarios();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = all.stream().map(Scenario::name).toList();
        if (name != null) {
            Optional<Scenario> named = all.stream().filter(s -> s.name().equals(name)).findFirst();
            if (named.isEmpty()) {
                throw new UsageError(cli, "`" + file + "` has no scenario named `" + name + "`",
                        "the scenarios are " + Suggestions.quoted(names));
            }
            return checked(named.get());
        }
        List<Scenario> declaring = all.stream().filter(s -> s.sweep().isPresent()).toList();
        if (needsDeclaredSweep && declaring.size() == 1) {
            return Optional.of(declaring.get(0));
        }
        if (all.size() == 1) {
            return checked(all.get(0));
        }
        throw new UsageError(cli, "`" + file + "` holds " + all.size() + " scenarios; which one to sweep?",
                "name it with `--name`: " + Suggestions.quoted(names));
    }

    private Optional<Scenario> checked(Scenario scenario) {
        if (needsDeclaredSweep && scenario.sweep().isEmpty()) {
            throw new UsageError(cli, "the scenario `" + scenario.name() + "` declares no sweep, and no `--vary` was given",
                    "give the axes, as `--vary Type.field=FROM..TO:STEP`, or add `sweep:` to the scenario");
        }
        return Optional.of(scenario);
    }
}
