package whatif.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.Resource;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Compiles DRL sources into a {@link RuleBook}: one KieBase in STREAM mode, so that types
 * declared {@code @role(event)} can use temporal operators against the scenario's pseudo clock.
 * {@link #compile} opens no file; {@link #compileFolder} reads the folder (through {@link RuleFiles}) and
 * its optional sources file.
 */
public final class RuleBookCompiler {
    /** The optional file beside the rules that says what each {@code @source} ID stands for. */
    public static final String SOURCES_FILE = "sources.yaml";

    private RuleBookCompiler() {
    }

    public static Compilation compile(List<RuleSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no rule source to compile");
        }
        List<Diagnostic> tooDeep = sources.stream().flatMap(source -> DrlLimits.check(source).stream()).toList();
        if (!tooDeep.isEmpty()) {
            return Compilation.failed(tooDeep);
        }
        try {
            return compileWithinLimits(sources);
        } catch (StackOverflowError e) {
            return outOfStack(sources);
        }
    }

    static Compilation outOfStack(List<RuleSource> sources) {
        // Drools' parser and the Java compiler recurse on expressions: a condition or `then` part
        // thousands of terms long exhausts the stack. One rule book cannot end the run for that.
        return Compilation.failed(List.of(Diagnostic.error(DiagnosticCode.DRL_COMPILE, Span.wholeFile(sources.get(0).path()),
                        "a rule is too long or too deeply nested to compile: the compiler ran out of stack")
                .withHint("split the longest condition or `then` part into smaller ones or a function")));
    }

    private static Compilation compileWithinLimits(List<RuleSource> sources) {
        List<DrlOutline> outlines = sources.stream().map(DrlOutline::parse).toList();
        List<Diagnostic> syntaxErrors = syntaxErrors(outlines);
        if (!syntaxErrors.isEmpty()) {
            // Building files that do not parse only repeats the same errors less clearly.
            return Compilation.failed(syntaxErrors);
        }
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) newKnowledgeBuilder();
        buildParsed(builder, outlines);
        return fromBuilder(builder, outlines);
    }

    /**
     * Builds the files from the outlines' parse, as a batch of their texts ({@code batch().add(...).build()})
     * builds them once it has parsed them: one composite package per package name, in the order of
     * Drools' own hash map, every part of it marked with its file's resource. Parsing each file again
     * was a tenth of a compilation of a policy of a hundred rules. Internal Drools API.
     */
    static void buildParsed(KnowledgeBuilderImpl builder, List<DrlOutline> outlines) {
        Map<String, CompositePackageDescr> packages = new HashMap<>();
        for (DrlOutline outline : outlines) {
            PackageDescr descr = outline.descrForBuilding();
            descr.setResource(outline.resource());
            CompositePackageDescr composite = packages.get(descr.getNamespace());
            if (composite == null) {
                packages.put(descr.getNamespace(), new CompositePackageDescr(outline.resource(), descr));
            } else {
                composite.addPackageDescr(outline.resource(), descr);
            }
        }
        builder.registerBuildResources(outlines.stream().map(DrlOutline::resource).toList());
        builder.buildPackages(packages.values());
    }

    /** A builder whose class loader remembers the application's misses (see {@link ClassLoaderWithMissCaching}). */
    static KnowledgeBuilder newKnowledgeBuilder() {
        return KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, ClassLoaderWithMissCaching.forCurrentThread()));
    }

    static List<Diagnostic> syntaxErrors(List<DrlOutline> outlines) {
        return outlines.stream().flatMap(o -> o.syntaxErrors().stream()).toList();
    }

    static Resource resourceOf(RuleSource source) {
        Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(source.path().toString());
        return resource;
    }

    /**
     * The rule book of a builder that has built every one of {@code outlines}' sources, or every
     * diagnostic of its build. Shared with {@link RuleBookRecompiler}, whose builder outlives one build.
     */
    static Compilation fromBuilder(KnowledgeBuilder builder, List<DrlOutline> outlines) {
        return fromBuilder(builder, outlines, KieServices.get().newKieBaseConfiguration(null, ClassLoaderWithMissCaching.forCurrentThread()));
    }

    static Compilation fromBuilder(KnowledgeBuilder builder, List<DrlOutline> outlines, KieBaseConfiguration conf) {
        Map<String, DrlOutline> byPath = new LinkedHashMap<>();
        outlines.forEach(o -> byPath.put(o.source().path().toString(), o));
        BuildErrorTranslator translator = new BuildErrorTranslator(byPath, DeclaredNames.of(outlines));
        List<Diagnostic> diagnostics = new ArrayList<>(translator.translateAll(builder.getResults(ResultSeverity.ERROR)));
        outlines.forEach(outline -> diagnostics.addAll(ProcessExitCalls.in(outline.source())));
        if (!diagnostics.isEmpty()) {
            diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.span().file().toString())
                    .thenComparingInt(d -> d.span().line()).thenComparingInt(d -> d.span().column()));
            return Compilation.failed(diagnostics.stream().distinct().toList());
        }
        KieBase kieBase = newStreamKieBase(builder, conf);
        List<RuleSource> sources = outlines.stream().map(DrlOutline::source).toList();
        return new Compilation(Optional.of(new RuleBook(kieBase, factTypes(kieBase, outlines), rules(kieBase, outlines), sources)),
                List.of());
    }

    private static KieBase newStreamKieBase(KnowledgeBuilder builder, KieBaseConfiguration conf) {
        conf.setOption(EventProcessingOption.STREAM);
        return ((KnowledgeBuilderImpl) builder).newKnowledgeBase(conf);
    }

    private static FactTypes factTypes(KieBase kieBase, List<DrlOutline> outlines) {
        List<DeclaredType> types = new ArrayList<>();
        for (DrlOutline outline : outlines) {
            for (TypeDeclarationDescr descr : outline.types()) {
                String pkg = descr.getNamespace() == null || descr.getNamespace().isEmpty()
                        ? outline.packageName() : descr.getNamespace();
                FactType factType = kieBase.getFactType(pkg, descr.getTypeName());
                if (factType == null) {
                    continue; // a declaration that only adds metadata to an existing Java class
                }
                List<DeclaredField> fields = factType.getFields().stream()
                        .map((FactField f) -> new DeclaredField(f.getName(), f.getType()))
                        .toList();
                types.add(new DeclaredType(descr.getTypeName(), pkg, fields, outline.isEvent(descr), factType));
            }
        }
        return new FactTypes(types);
    }


    private static List<RuleInfo> rules(KieBase kieBase, List<DrlOutline> outlines) {
        List<RuleInfo> rules = new ArrayList<>();
        for (DrlOutline outline : outlines) {
            for (RuleDescr descr : outline.rules()) {
                String pkg = outline.packageName();
                Rule rule = kieBase.getRule(pkg, descr.getName());
                Map<String, String> metadata = new LinkedHashMap<>();
                if (rule != null) {
                    rule.getMetaData().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
                }
                // Drools' columns are 0-based.
                rules.add(new RuleInfo(descr.getName(), pkg, outline.source().path(), descr.getLine(), metadata,
                        descr.getColumn() + 1));
            }
        }
        return rules;
    }

    /** Convenience for callers that start from a folder. */
    public static Compilation compileFolder(Path folder) {
        return compileFolder(folder, RuleBookCompiler::compile);
    }

    /** A folder's rules compiled by {@code compiler} ({@link #compile}, or one that keeps what it compiled). */
    static Compilation compileFolder(Path folder, Function<List<RuleSource>, Compilation> compiler) {
        RuleFiles.Read read = RuleFiles.read(folder);
        if (read.diagnostics().stream().anyMatch(Diagnostic::isError) || read.sources().isEmpty()) {
            return Compilation.failed(read.diagnostics());
        }
        return withFolder(folder, read, compiler.apply(read.sources()));
    }

    /** A compilation of a folder's files, citing the sources file beside them when there is one, with the folder's warnings. */
    static Compilation withFolder(Path folder, RuleFiles.Read read, Compilation compiled) {
        Path catalogFile = folder.resolve(SOURCES_FILE);
        if (compiled.ruleBook().isPresent() && Files.isRegularFile(catalogFile)) {
            compiled = withSources(compiled.ruleBook().get(), read.sources(), catalogFile);
        }
        // A warning about the folder (a link not followed) is kept beside what compiling found.
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(compiled.diagnostics());
        return new Compilation(compiled.ruleBook(), all);
    }

    /** Reads the sources file beside the rules and checks every citation against it. */
    private static Compilation withSources(RuleBook book, List<RuleSource> sources, Path catalogFile) {
        SourceCatalogParser.Parsed parsed;
        try {
            parsed = SourceCatalogParser.parse(Files.readString(catalogFile, StandardCharsets.UTF_8), catalogFile);
        } catch (IOException | UncheckedIOException e) {
            return Compilation.failed(List.of(Diagnostic.error(DiagnosticCode.BAD_SOURCES_FILE, Span.wholeFile(catalogFile),
                    "cannot read `" + catalogFile + "`: " + e.getMessage()).withHint("the sources file must be readable UTF-8 text")));
        }
        Map<String, RuleSource> byPath = new LinkedHashMap<>();
        sources.forEach(source -> byPath.put(source.path().toString(), source));
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        diagnostics.addAll(UnknownCitations.in(book.rules(), byPath, parsed.catalog()));
        return diagnostics.isEmpty()
                ? new Compilation(Optional.of(book.withSources(parsed.catalog())), List.of())
                : Compilation.failed(diagnostics);
    }
}
