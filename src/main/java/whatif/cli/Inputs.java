package whatif.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.ParsedFile;
import whatif.scenario.RejectedScenario;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * What a command reads before it can work: the rules compiled, the scenarios parsed and filtered,
 * and what could not be read, so that it can be counted.
 *
 * @param rejected      scenarios found but not read (those the filter keeps, and those without a name)
 * @param unreadable    scenario files that could not be read or parsed at all
 * @param scenarioFiles every scenario file read, so that a command can refuse to write over one
 */
record Inputs(Optional<RuleBook> ruleBook, List<Scenario> scenarios, List<RejectedScenario> rejected,
              List<Path> unreadable, List<Path> scenarioFiles, List<Diagnostic> diagnostics) {
    Inputs {
        scenarios = List.copyOf(scenarios);
        rejected = List.copyOf(rejected);
        unreadable = List.copyOf(unreadable);
        scenarioFiles = List.copyOf(scenarioFiles);
        diagnostics = List.copyOf(diagnostics);
    }

    static Inputs load(Path rules, List<Path> paths, String filter) {
        return load(RuleBookCompiler.compileFolder(rules), paths, filter);
    }

    /**
     * The scenarios of {@code paths} beside the rules {@code compiling} gives, the two read at once:
     * the scenario files are parsed on a thread of their own while the caller's thread compiles the
     * rules or reads them from the cache, since parsing needs no rule book (only binding does).
     */
    static Inputs load(Supplier<Compilation> compiling, List<Path> paths, String filter) {
        FutureTask<ScenarioFiles.Read> reading = new FutureTask<>(() -> ScenarioFiles.read(paths));
        Thread reader = new Thread(reading, "whatif-read-scenarios");
        reader.setDaemon(true);
        reader.start();
        Compilation compilation = compiling.get();
        return load(compilation, awaited(reading), paths, filter);
    }

    private static ScenarioFiles.Read awaited(FutureTask<ScenarioFiles.Read> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the scenario files were read", e);
        } catch (ExecutionException e) {
            // Reading reports every problem of a file as a diagnostic: what comes here is a bug, as it was on one thread.
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading the scenario files failed: " + e.getCause(), e.getCause());
        }
    }

    /** The scenarios of {@code paths} beside rules compiled by {@link CacheOptions} (or read from its cache). */
    static Inputs load(Compilation compilation, List<Path> paths, String filter) {
        return load(compilation, ScenarioFiles.read(paths), paths, filter);
    }

    private static Inputs load(Compilation compilation, ScenarioFiles.Read read, List<Path> paths, String filter) {
        List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
        diagnostics.addAll(read.allDiagnostics());
        List<Scenario> scenarios = read.scenarios();
        List<RejectedScenario> rejected = read.rejected();
        if (filter != null && !filter.isEmpty()) {
            String lowered = filter.toLowerCase(Locale.ROOT);
            scenarios = scenarios.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).contains(lowered)).toList();
            // A rejected scenario without a name might be one the filter means: counted, not hidden.
            rejected = rejected.stream()
                    .filter(r -> r.name().isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(lowered)).toList();
            if (scenarios.isEmpty() && !read.scenarios().isEmpty()) {
                Path where = paths.isEmpty() ? Path.of(".") : paths.get(0);
                diagnostics.add(Diagnostic.error(DiagnosticCode.NO_SCENARIOS, Span.wholeFile(where),
                                "no scenario name contains `" + filter + "`")
                        .withLabel(read.scenarios().size() + " scenarios were read")
                        .withHint("`--filter` matches part of a scenario's `name:`, ignoring case"));
            }
        }
        return new Inputs(compilation.ruleBook(), scenarios, rejected, read.unreadable(),
                read.files().stream().map(ParsedFile::file).toList(), diagnostics);
    }
}
