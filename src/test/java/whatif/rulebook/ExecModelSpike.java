package whatif.rulebook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.kie.util.maven.support.ReleaseIdImpl;
import org.drools.model.codegen.execmodel.JavaParserCompiler;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.ModelWriter;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.memorycompiler.CompilationResult;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import whatif.report.RunReport;
import whatif.report.SourceLines;
import whatif.report.TextReporter;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;

/**
 * A spike, not a product (src/jmh/execmodel.md): can Drools' executable model cut the cold start
 * of {@code run scenarios/}? Compiles a rules folder with the executable model, keeps the
 * generated classes (and the rule book's metadata) in one file, and loads that file in a new
 * process to run every scenario, as a cached {@code run} does with today's cache entry.
 *
 * <pre>
 *   classic RULES                      compile the classic way, print CPU and wall time
 *   exec-compile RULES ENTRY           compile with the executable model, write ENTRY
 *   exec-run RULES SCENARIOS ENTRY     load ENTRY, run every scenario, print the text report
 *   cached-run RULES SCENARIOS FOLDER  the same with today's rule-book cache in FOLDER
 *   compare RULES SCENARIOS ENTRY      run every scenario on both builds, compare the outcomes
 *   order RULES ENTRY                  each rule's load order and each type's fields, in both builds
 *   extract ENTRY FOLDER               the generated classes of ENTRY as class files
 * </pre>
 *
 * <p>Phases are printed to the error stream. {@code src/jmh/sh/execmodel-spike.sh} runs all of it;
 * {@code src/jmh/execmodel.md} has the results.
 */
public final class ExecModelSpike {
    private ExecModelSpike() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "classic" -> classic(Path.of(args[1]));
            case "exec-compile" -> execCompile(Path.of(args[1]), Path.of(args[2]));
            case "exec-run" -> System.exit(execRun(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
            case "cached-run" -> System.exit(cachedRun(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
            case "extract" -> extract(Path.of(args[1]), Path.of(args[2]));
            case "order" -> order(Path.of(args[1]), Path.of(args[2]));
            case "compare" -> System.exit(compare(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---- timing -------------------------------------------------------------------------------

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Prints the process's CPU and wall time since the given moments, and this thread's CPU time so far. */
    private static void report(String what, long cpuBefore, long wallBefore) {
        System.err.printf("%s: cpu %.3f s, wall %.3f s (this thread's cpu since start %.3f s)%n", what, (cpuNanos() - cpuBefore) / 1e9,
                (System.nanoTime() - wallBefore) / 1e9, threadCpuNanos() / 1e9);
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    // ---- classic --------------------------------------------------------------------------------

    private static void classic(Path rules) {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        Compilation compiled = RuleBookCompiler.compileFolder(rules);
        report("classic compile (process cpu since main)", cpu, wall);
        System.err.println("rule book: " + compiled.ruleBook().isPresent() + ", diagnostics " + compiled.diagnostics());
    }

    // ---- executable model: compile and keep -------------------------------------------------------

    private static void execCompile(Path rules, Path entry) throws IOException {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        List<RuleSource> sources = RuleFiles.read(rules).sources();
        // As the KieBuilder's executable-model project does, but with the files in whatif's order
        // (a KieFileSystem hands them over in hash order, which changes the rules' load order and
        // so the order in which rules of equal salience fire).
        KnowledgeBuilderConfigurationImpl builderConf = KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration(null, ExecModelSpike.class.getClassLoader())
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, builderConf,
                new ReleaseIdImpl("whatif", "rules", "0"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleSource source : sources) {
            batch.add(RuleBookCompiler.resourceOf(source), ResourceType.DRL);
        }
        batch.build();
        report("exec-model: DRL to Java sources", cpu, wall);
        if (builder.hasErrors()) {
            builder.getErrors().forEach(e -> System.err.println("ERROR " + e));
            System.exit(2);
        }
        MemoryFileSystem javaSources = new MemoryFileSystem();
        MemoryFileSystem compiled = new MemoryFileSystem();
        ModelWriter.Result written = new ModelWriter().writeModel(javaSources, builder.getPackageSources());
        CompilationResult result = JavaParserCompiler.getCompiler().compile(written.getSourceFiles().toArray(String[]::new),
                javaSources, compiled, ExecModelSpike.class.getClassLoader());
        report("exec-model: DRL to Java sources to classes (" + written.getSourceFiles().size() + " sources)", cpu, wall);
        if (result.getErrors().length > 0) {
            for (var e : result.getErrors()) {
                System.err.println("ERROR " + e);
            }
            System.exit(2);
        }
        Map<String, byte[]> classes = new TreeMap<>();
        for (var path : compiled.getFilePaths()) {
            if (path.asString().endsWith(".class")) {
                classes.put(path.asString(), compiled.getBytes(path)); // as ProjectClassLoader keeps them: resource paths
            }
        }
        List<String> modelClasses = new ArrayList<>(written.getModelFiles());
        System.err.println("classes " + classes.size() + ", model classes " + modelClasses + ", class bytes "
                + classes.values().stream().mapToInt(b -> b.length).sum());
        // The metadata a RuleBook needs besides the KieBase: as the cache would have it, from the
        // classic compilation of the same run (rules with lines, types with fields in declaration order).
        long cpuMeta = cpuNanos();
        long wallMeta = System.nanoTime();
        RuleBook classic = RuleBookCompiler.compile(sources).ruleBook().orElseThrow();
        report("classic compile for the metadata", cpuMeta, wallMeta);
        byte[] bytes = write(sources, classes, modelClasses, classic);
        Files.write(entry, bytes);
        System.err.println("entry " + entry + ": " + bytes.length + " bytes");
        report("exec-model total", cpu, wall);
    }

    private static List<DeclaredField> fieldsOf(FactType factType) {
        return factType.getFields().stream().map((FactField f) -> new DeclaredField(f.getName(), f.getType())).toList();
    }

    private static KieBase newKieBase(Map<String, byte[]> classes, List<String> modelClasses) {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        System.err.printf("  main thread's cpu before the model: %.3f s%n", threadCpuNanos() / 1e9);
        ClassLoader parent = ExecModelSpike.class.getClassLoader();
        // -Dspike.classesOnClasspath: the generated classes come from a jar on the class path
        // instead (an upper bound: only there can a class-data archive hold them).
        ClassLoader loader = Boolean.getBoolean("spike.classesOnClasspath") ? parent
                : ProjectClassLoader.createProjectClassLoader(parent, classes);
        List<Model> models = new ArrayList<>();
        try {
            for (String name : modelClasses) {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        report("  model classes loaded and instantiated", cpu, wall);
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
        conf.setOption(EventProcessingOption.STREAM);
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models, conf);
        report("  KieBase built from the model (phase total)", cpu, wall);
        return base;
    }

    // ---- the entry: classes, model class names, types and rules -------------------------------------

    private static byte[] write(List<RuleSource> sources, Map<String, byte[]> classes, List<String> models, RuleBook book)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(classes.size());
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            out.writeUTF(c.getKey());
            out.writeInt(c.getValue().length);
            out.write(c.getValue());
        }
        out.writeInt(models.size());
        for (String m : models) {
            out.writeUTF(m);
        }
        out.writeInt(book.factTypes().types().size());
        for (DeclaredType t : book.factTypes().types()) {
            out.writeUTF(t.name());
            out.writeUTF(t.packageName());
            out.writeBoolean(t.isEvent());
            out.writeInt(t.fields().size());
            for (DeclaredField f : t.fields()) {
                out.writeUTF(f.name());
            }
        }
        List<Path> files = sources.stream().map(RuleSource::path).toList();
        out.writeInt(book.rules().size());
        for (RuleInfo r : book.rules()) {
            out.writeUTF(r.name());
            out.writeUTF(r.packageName());
            out.writeInt(files.indexOf(r.file()));
            out.writeInt(r.line());
            out.writeInt(r.column());
            out.writeInt(r.metadata().size());
            for (Map.Entry<String, String> m : r.metadata().entrySet()) {
                out.writeUTF(m.getKey());
                out.writeUTF(m.getValue());
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    static Compilation read(byte[] entry, List<RuleSource> sources) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
        Map<String, byte[]> classes = new TreeMap<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            classes.put(name, in.readNBytes(in.readInt()));
        }
        List<String> models = new ArrayList<>();
        count = in.readInt();
        for (int i = 0; i < count; i++) {
            models.add(in.readUTF());
        }
        KieBase base = newKieBase(classes, models);
        List<DeclaredType> types = new ArrayList<>();
        count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            String pkg = in.readUTF();
            boolean event = in.readBoolean();
            FactType factType = base.getFactType(pkg, name);
            Map<String, DeclaredField> byName = new LinkedHashMap<>();
            fieldsOf(factType).forEach(f -> byName.put(f.name(), f));
            List<DeclaredField> fields = new ArrayList<>();
            int fieldCount = in.readInt();
            for (int j = 0; j < fieldCount; j++) {
                fields.add(byName.get(in.readUTF())); // in the classic build's order: the declaration's
            }
            types.add(new DeclaredType(name, pkg, fields, event, factType));
        }
        List<RuleInfo> rules = new ArrayList<>();
        count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            String pkg = in.readUTF();
            Path file = sources.get(in.readInt()).path();
            int line = in.readInt();
            int column = in.readInt();
            int items = in.readInt();
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int j = 0; j < items; j++) {
                metadata.put(in.readUTF(), in.readUTF());
            }
            rules.add(new RuleInfo(name, pkg, file, line, metadata, column));
        }
        return new Compilation(Optional.of(new RuleBook(base, new FactTypes(types), rules, sources)), List.of());
    }

    /** The generated classes of an entry as a folder of class files, to jar and put on a class path. */
    private static void extract(Path entry, Path folder) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)));
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(in.readUTF());
            Files.createDirectories(file.getParent());
            Files.write(file, in.readNBytes(in.readInt()));
        }
    }

    // ---- running ------------------------------------------------------------------------------------

    /** As a cached `run` does: scenarios parsed on a thread of their own while the rule book loads. */
    private static int execRun(Path rules, Path scenarios, Path entry) throws Exception {
        return runWith(scenarios, () -> {
            try {
                byte[] bytes = Files.readAllBytes(entry);
                return RuleBookCompiler.compileFolder(rules, sources -> {
                    try {
                        return read(bytes, sources);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The same run with today's cache entry (serialized KiePackages), for a ratio measured by the same harness. */
    private static int cachedRun(Path rules, Path scenarios, Path cacheFolder) throws Exception {
        return runWith(scenarios, () -> RuleBookCompilerWithCaching.compileFolder(rules, Optional.of(cacheFolder), System.err::println));
    }

    private static int runWith(Path scenarios, java.util.function.Supplier<Compilation> loading) throws Exception {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        FutureTask<ScenarioFiles.Read> reading = new FutureTask<>(() -> ScenarioFiles.read(List.of(scenarios)));
        Thread reader = new Thread(reading, "read-scenarios");
        reader.setDaemon(true);
        reader.start();
        Compilation compilation = loading.get();
        report("loaded", cpu, wall);
        ScenarioFiles.Read read = reading.get();
        RuleBook book = compilation.ruleBook().orElseThrow(() -> new IllegalStateException(compilation.diagnostics().toString()));
        List<Outcome> outcomes = runAll(book, read.scenarios(), Runtime.getRuntime().availableProcessors());
        report("ran", cpu, wall);
        RunReport runReport = new RunReport(compilation.diagnostics(), outcomes, read.rejected(), read.unreadable(), 0, true);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        new TextReporter(new SourceLines()).report(runReport, out);
        out.flush();
        return runReport.summary().passed() == runReport.summary().scenarios() ? 0 : 1;
    }

    private static List<Outcome> runAll(RuleBook book, List<Scenario> scenarios, int threads) throws Exception {
        ScenarioRunner runner = new ScenarioRunner();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                running.add(pool.submit(() -> runner.run(book, scenario)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : running) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every scenario on the classic book and on the executable-model book: the same outcome, field by field? */
    private static int compare(Path rules, Path scenarios, Path entry) throws Exception {
        byte[] bytes = Files.readAllBytes(entry);
        Compilation exec = RuleBookCompiler.compileFolder(rules, sources -> {
            try {
                return read(bytes, sources);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Compilation classic = RuleBookCompiler.compileFolder(rules);
        List<Scenario> all = ScenarioFiles.read(List.of(scenarios)).scenarios();
        List<Outcome> a = runAll(classic.ruleBook().orElseThrow(), all, 1);
        List<Outcome> b = runAll(exec.ruleBook().orElseThrow(), all, 1);
        int differ = 0;
        long passedA = a.stream().filter(Outcome::passed).count();
        long passedB = b.stream().filter(Outcome::passed).count();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < all.size(); i++) {
            String fa = fingerprint(a.get(i));
            String fb = fingerprint(b.get(i));
            digest.update(fb.getBytes(StandardCharsets.UTF_8));
            if (!fa.equals(fb)) {
                differ++;
                System.out.println("DIFFERS: " + all.get(i).name() + "\n  classic: " + fa + "\n  exec:    " + fb);
            }
        }
        System.out.println("scenarios " + all.size() + "; passed classic " + passedA + ", exec " + passedB
                + "; outcomes that differ: " + differ + "; rules " + classic.ruleBook().get().rules().equals(exec.ruleBook().get().rules())
                + "; types " + classic.ruleBook().get().factTypes().types().stream().map(DeclaredType::name).toList()
                        .equals(exec.ruleBook().get().factTypes().types().stream().map(DeclaredType::name).toList())
                + "; digest " + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        return differ == 0 && passedA == passedB ? 0 : 1;
    }

    private static void order(Path rules, Path entry) throws Exception {
        byte[] bytes = Files.readAllBytes(entry);
        Compilation exec = RuleBookCompiler.compileFolder(rules, sources -> {
            try {
                return read(bytes, sources);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Compilation classic = RuleBookCompiler.compileFolder(rules);
        for (RuleInfo r : classic.ruleBook().get().rules()) {
            var a = (org.drools.base.definitions.rule.impl.RuleImpl) classic.ruleBook().get().kieBase().getRule(r.packageName(), r.name());
            var b = (org.drools.base.definitions.rule.impl.RuleImpl) exec.ruleBook().get().kieBase().getRule(r.packageName(), r.name());
            System.out.println(a.getLoadOrder() + "\t" + b.getLoadOrder() + "\t" + a.getSalience() + "\t" + b.getSalience() + "\t" + r.file() + "\t" + r.name());
        }
        for (DeclaredType t : classic.ruleBook().get().factTypes().types()) {
            System.out.println(t.name() + " " + t.fields().stream().map(DeclaredField::name).toList() + " / "
                    + exec.ruleBook().get().factTypes().find(t.qualifiedName()).get().fields().stream().map(DeclaredField::name).toList());
        }
    }

    /** Everything an outcome reports: status, verdicts, firings in order, facts, error. */
    private static String fingerprint(Outcome o) {
        return o.status() + " | " + o.verdicts() + " | " + o.firings() + " | "
                + o.facts().stream().map(FactView::describe).toList() + " | " + o.error().map(Object::toString).orElse("")
                + " | " + o.diagnostics();
    }
}
