package whatif.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import whatif.report.RunReport;
import whatif.rulebook.Compilation;
import whatif.rulebook.Recompilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookRecompiler;
import whatif.run.Outcome;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;

/**
 * The core of the editing loop: takes what the file system says changed and returns what to
 * print. It keeps what did not change: the rule book's builder (through {@link RuleBookRecompiler}),
 * the scenario files as read, and the outcome of every scenario, which is a pure function of the
 * rule book and the scenario. So a scenario edit runs only the scenarios that differ, and a rule
 * edit compiles only what it touched, then runs every scenario (any rule can reach any scenario
 * through the facts it produces, so no narrower set is sure to be enough).
 */
public final class WatchSession {
    private final Path rules;
    private final List<Path> scenarioPaths;
    private final RuleBookRecompiler compiler;
    private final ScenarioBatchRunner runner;
    private Recompilation compiled;
    private ScenarioFiles.Read read;
    private Map<Scenario, Outcome> outcomes = new HashMap<>();

    public WatchSession(Path rules, List<Path> scenarioPaths, ScenarioBatchRunner runner) {
        this.rules = rules.normalize();
        this.scenarioPaths = List.copyOf(scenarioPaths);
        this.compiler = new RuleBookRecompiler(rules);
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Whether a file is one the session reads: a rule file, the sources file or a scenario file. */
    public static boolean isInputFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.endsWith(".drl") || ScenarioFiles.isScenarioFile(path);
    }

    /** Compiles the rules, reads and runs every scenario. */
    public Pass start() {
        compiled = compiler.compile();
        read = ScenarioFiles.read(scenarioPaths);
        return pass(List.of(), true, compiled.rebuilt());
    }

    /**
     * Does what a save of a rule file does, without changing anything or printing: a partial build
     * of an unchanged file, then every scenario run again (the outcomes are not kept, they are the
     * ones already there). The first passes of a JVM are several times slower than the later ones
     * while the JIT compiles Drools' builder and engine; warming up while the user reads the first
     * report moves that cost out of the first saves.
     */
    public void warmUp() {
        compiler.warmUp();
        compiled.compilation().ruleBook().ifPresent(book -> runner.runAll(book, read.scenarios()));
    }

    /** The pass for what changed, or nothing when no input's content did (a file saved unchanged, a swap file). */
    public Optional<Pass> changed(Changes changes) {
        if (compiled == null) {
            throw new IllegalStateException("start() comes first");
        }
        List<Path> changed = new ArrayList<>();
        List<Path> rebuilt = List.of();
        boolean rulesChanged = false;
        if (changes.overflowed() || changes.paths().stream().anyMatch(p -> p.normalize().startsWith(rules))) {
            Recompilation now = compiler.compile();
            if (now.hasChanges()) {
                compiled = now;
                outcomes = new HashMap<>(); // every outcome was of the old rule book
                changed.addAll(now.changed());
                rebuilt = now.rebuilt();
                rulesChanged = true;
            }
        }
        if (changes.overflowed() || changes.paths().stream().anyMatch(this::isUnderScenarioPaths)) {
            ScenarioFiles.Read now = ScenarioFiles.read(scenarioPaths);
            changed.addAll(filesThatDiffer(read, now));
            read = now;
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pass(changed, rulesChanged, rebuilt));
    }

    private boolean isUnderScenarioPaths(Path path) {
        Path normal = path.normalize();
        return scenarioPaths.stream().map(Path::normalize).anyMatch(normal::startsWith);
    }

    private static List<Path> filesThatDiffer(ScenarioFiles.Read before, ScenarioFiles.Read now) {
        Map<Path, ParsedFile> old = byFile(before);
        Map<Path, ParsedFile> current = byFile(now);
        TreeSet<Path> files = new TreeSet<>(old.keySet());
        files.addAll(current.keySet());
        List<Path> differ = new ArrayList<>(files.stream().filter(f -> !Objects.equals(old.get(f), current.get(f))).toList());
        if (differ.isEmpty() && !before.diagnostics().equals(now.diagnostics())) {
            differ.addAll(now.files().stream().map(ParsedFile::file).toList()); // a problem with the paths themselves
        }
        return differ;
    }

    private static Map<Path, ParsedFile> byFile(ScenarioFiles.Read read) {
        Map<Path, ParsedFile> files = new LinkedHashMap<>();
        read.files().forEach(f -> files.put(f.file(), f));
        return files;
    }

    private Pass pass(List<Path> changed, boolean rulesChanged, List<Path> rebuilt) {
        Compilation compilation = compiled.compilation();
        List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
        diagnostics.addAll(read.allDiagnostics());
        if (compilation.ruleBook().isEmpty()) {
            RunReport none = new RunReport(diagnostics, List.of(), read.rejected(), read.unreadable(), read.scenarios().size(), false);
            return new Pass(changed, rulesChanged, rebuilt, compiled.files(), 0, none, none);
        }
        List<Scenario> scenarios = read.scenarios();
        List<Scenario> toRun = scenarios.stream().filter(s -> !outcomes.containsKey(s)).toList();
        List<Outcome> ran = toRun.isEmpty() ? List.of() : runner.runAll(compilation.ruleBook().get(), toRun);
        Map<Scenario, Outcome> now = new HashMap<>();
        for (int i = 0; i < toRun.size(); i++) {
            now.put(toRun.get(i), ran.get(i));
        }
        List<Outcome> all = new ArrayList<>();
        List<Outcome> shown = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Outcome outcome = now.containsKey(scenario) ? now.get(scenario) : outcomes.get(scenario);
            all.add(outcome);
            if (now.containsKey(scenario) || changed.contains(scenario.file())) {
                shown.add(outcome);
            }
        }
        Map<Scenario, Outcome> kept = new HashMap<>();
        all.forEach(o -> kept.put(o.scenario(), o));
        outcomes = kept; // only the scenarios that still exist
        return new Pass(changed, rulesChanged, rebuilt, compiled.files(), toRun.size(),
                // Rejected scenarios and unreadable files are shown every time, as their problems are.
                new RunReport(diagnostics, shown, read.rejected(), read.unreadable(), 0, true),
                new RunReport(diagnostics, all, read.rejected(), read.unreadable(), 0, true));
    }
}
