package whatif.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.ResultSeverity;
import whatif.source.Diagnostic;

/**
 * Compiles one rules folder again and again, as an editor saves its files, and keeps the Drools
 * builder of the last build between calls. When only the rules of some files changed, it removes
 * what those files built and builds them alone: in a warm JVM that is a fraction of a full build.
 * Anything else (a declaration, function, query or import changed, a file added or removed, an
 * error left in a file that did not change, a rule that extends another) builds everything again,
 * as {@link RuleBookCompiler} does, and so does any failure of Drools' incremental path.
 *
 * <p>Either way the result is what {@link RuleBookCompiler#compileFolder} gives for the same files:
 * the same diagnostics, rules and types, and the same load order of the rules, which Drools uses to
 * break ties between activations of equal salience (a partial build numbers only its own rules, so
 * the order is set again as a full build would set it). Files that do not parse are reported
 * without building, as the compiler does, and leave the builder as it was.
 *
 * <p>Reuses Drools' internal builder API ({@code KnowledgeBuilderImpl}); one caller at a time.
 */
public final class RuleBookRecompiler {
    private final Path folder;
    private final Map<RuleSource, DrlOutline> parsed = new HashMap<>();
    private final Map<RuleSource, Optional<Diagnostic>> depthChecked = new HashMap<>();
    private KnowledgeBuilderImpl builder;
    /** What the builder holds, by file: its source, its parse and the resource Drools built it from. */
    private Map<Path, Built> built = Map.of();
    private Map<Path, String> lastTexts = Map.of();
    private Compilation last;

    private record Built(DrlOutline outline, Resource resource) {
    }

    public RuleBookRecompiler(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** Reads the folder and compiles what changed since the last call (everything the first time). */
    public Recompilation compile() {
        RuleFiles.Read read = RuleFiles.read(folder);
        Map<Path, String> texts = textsOf(read.sources());
        List<Path> changed = changedPaths(lastTexts, texts);
        if (last != null && changed.isEmpty()) {
            return new Recompilation(last, List.of(), List.of(), read.sources().size());
        }
        List<Path> rebuilt = List.of();
        if (read.diagnostics().stream().anyMatch(Diagnostic::isError) || read.sources().isEmpty()) {
            last = Compilation.failed(read.diagnostics());
        } else {
            // The same steps as RuleBookCompiler.compile, each with the same result.
            Compilation compiled;
            List<Diagnostic> tooDeep = read.sources().stream()
                    .flatMap(source -> depthChecked.computeIfAbsent(source, DrlLimits::check).stream()).toList();
            depthChecked.keySet().retainAll(read.sources());
            if (!tooDeep.isEmpty()) {
                compiled = Compilation.failed(tooDeep);
            } else {
                try {
                    List<DrlOutline> outlines = read.sources().stream().map(this::outline).toList();
                    parsed.keySet().retainAll(read.sources());
                    List<Diagnostic> syntaxErrors = RuleBookCompiler.syntaxErrors(outlines);
                    if (syntaxErrors.isEmpty()) {
                        Build build = build(outlines);
                        rebuilt = build.rebuilt();
                        compiled = build.compilation();
                    } else {
                        compiled = Compilation.failed(syntaxErrors);
                    }
                } catch (StackOverflowError e) {
                    forgetBuilder(); // a build cut short: nothing in it can be trusted
                    compiled = RuleBookCompiler.outOfStack(read.sources());
                }
            }
            last = RuleBookCompiler.withFolder(folder, read, compiled);
        }
        lastTexts = texts; // only now: after a failure, the same texts are compiled again
        return new Recompilation(last, changed, rebuilt, read.sources().size());
    }

    /**
     * Builds the file with the most rules once more, unchanged, the way a save of it would be built,
     * and a KieBase from it, then forgets the KieBase: the first real save then runs code the JIT has
     * already compiled. Changes nothing that {@link #compile()} returns. Does nothing before a
     * successful build.
     */
    public void warmUp() {
        if (builder == null || last == null || last.ruleBook().isEmpty()) {
            return;
        }
        List<DrlOutline> outlines = built.values().stream().map(Built::outline).toList();
        Optional<DrlOutline> largest = outlines.stream().filter(o -> !o.rules().isEmpty())
                .max(Comparator.comparingInt(o -> o.rules().size()));
        try {
            if (largest.isPresent() && rebuild(List.of(largest.get()), outlines)) {
                compiled(outlines);
            }
        } catch (RuntimeException | StackOverflowError e) {
            forgetBuilder(); // the next compile builds everything, as after any failure of the partial path
        }
    }

    private void forgetBuilder() {
        builder = null;
        built = Map.of();
    }

    private DrlOutline outline(RuleSource source) {
        return parsed.computeIfAbsent(source, DrlOutline::parse);
    }

    private record Build(Compilation compilation, List<Path> rebuilt) {
    }

    /** Builds what changed into the kept builder when that is sound, or everything into a new one. */
    private Build build(List<DrlOutline> outlines) {
        Optional<List<DrlOutline>> onlyRulesChanged = onlyRulesChanged(outlines);
        if (onlyRulesChanged.isPresent()) {
            try {
                if (rebuild(onlyRulesChanged.get(), outlines)) {
                    return new Build(compiled(outlines), pathsOf(onlyRulesChanged.get()));
                }
            } catch (RuntimeException e) {
                // Drools' incremental path is internal API: whatever goes wrong in it, a full build is right.
            }
        }
        buildAll(outlines);
        return new Build(compiled(outlines), pathsOf(outlines));
    }

    private Compilation compiled(List<DrlOutline> outlines) {
        // The builder's own class loader holds the declared types, which the copy of a package already in use needs.
        return RuleBookCompiler.fromBuilder(builder, outlines,
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, builder.getRootClassLoader()));
    }

    private static List<Path> pathsOf(List<DrlOutline> outlines) {
        return outlines.stream().map(o -> o.source().path()).toList();
    }

    /**
     * The changed files, when they are the same files as last built and nothing but their rules
     * differs; empty when only a full build is sure to give the same result.
     */
    private Optional<List<DrlOutline>> onlyRulesChanged(List<DrlOutline> outlines) {
        if (builder == null || outlines.size() != built.size()) {
            return Optional.empty();
        }
        List<DrlOutline> changed = new ArrayList<>();
        for (DrlOutline now : outlines) {
            Built before = built.get(now.source().path());
            if (before == null || now.rules().stream().anyMatch(r -> r.getParentName() != null)) {
                return Optional.empty(); // a new file, or rules that inherit across files
            }
            if (!before.outline().source().equals(now.source())) {
                if (!RulesOnlyEdit.between(before.outline(), now)) {
                    return Optional.empty(); // a declaration, function, query, import or the package changed
                }
                changed.add(now);
            }
        }
        // Drools tells resources apart by their bytes: two files with one text would be confused.
        long distinct = outlines.stream().map(o -> o.source().text()).distinct().count();
        return distinct == outlines.size() ? Optional.of(changed) : Optional.empty();
    }

    /** Removes and builds again the changed files; false when the rest of the builder is not clean. */
    private boolean rebuild(List<DrlOutline> changed, List<DrlOutline> outlines) {
        for (DrlOutline outline : changed) {
            builder.removeObjectsGeneratedFromResource(built.get(outline.source().path()).resource());
        }
        if (!builder.getResults(ResultSeverity.ERROR).isEmpty()) {
            return false; // an error in a file that did not change: only a full build reports it as the compiler does
        }
        Map<Path, Built> now = new LinkedHashMap<>(built);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (DrlOutline outline : changed) {
            Resource resource = RuleBookCompiler.resourceOf(outline.source());
            batch.add(resource, ResourceType.DRL);
            now.put(outline.source().path(), new Built(outline, resource));
        }
        built = now; // before the build: what it built from these resources must be removable next time
        batch.build();
        numberRulesAsOneBuild(outlines);
        return true;
    }

    private void buildAll(List<DrlOutline> outlines) {
        builder = null;
        built = Map.of();
        KnowledgeBuilderImpl fresh = (KnowledgeBuilderImpl) RuleBookCompiler.newKnowledgeBuilder();
        Map<Path, Built> now = new LinkedHashMap<>();
        CompositeKnowledgeBuilder batch = fresh.batch();
        for (DrlOutline outline : outlines) {
            Resource resource = RuleBookCompiler.resourceOf(outline.source());
            batch.add(resource, ResourceType.DRL);
            now.put(outline.source().path(), new Built(outline, resource));
        }
        batch.build();
        builder = fresh;
        built = now;
    }

    /**
     * Gives every rule the load order one build of all files gives it: its place among the rules
     * of its package, files in the order they are built (sorted), rules in the order written.
     */
    private void numberRulesAsOneBuild(List<DrlOutline> outlines) {
        Map<String, Integer> next = new HashMap<>();
        for (DrlOutline outline : outlines) {
            PackageRegistry registry = builder.getPackageRegistry(outline.packageName());
            for (RuleDescr descr : outline.rules()) {
                int order = next.merge(outline.packageName(), 1, Integer::sum) - 1;
                RuleImpl rule = registry == null ? null : registry.getPackage().getRule(descr.getName());
                if (rule != null) {
                    rule.setLoadOrder(order);
                }
            }
        }
    }

    private Map<Path, String> textsOf(List<RuleSource> sources) {
        Map<Path, String> texts = new LinkedHashMap<>();
        sources.forEach(source -> texts.put(source.path(), source.text()));
        Path catalog = folder.resolve(RuleBookCompiler.SOURCES_FILE);
        try {
            if (Files.isRegularFile(catalog)) {
                texts.put(catalog, Files.readString(catalog, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            texts.put(catalog, "unreadable: " + e.getMessage()); // compiling reports it; here it only counts as a change
        }
        return texts;
    }

    private static List<Path> changedPaths(Map<Path, String> before, Map<Path, String> now) {
        TreeSet<Path> paths = new TreeSet<>(before.keySet());
        paths.addAll(now.keySet());
        return paths.stream().filter(p -> !Objects.equals(before.get(p), now.get(p))).toList();
    }
}
