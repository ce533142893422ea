package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * The compiled-rule-book cache: what comes back is what compiling gives, and an entry that is
 * corrupt, truncated, foreign or missing costs a compilation, never a different rule book.
 */
class RuleBookCacheTest {
    private static final Path TRAFFIC = Path.of("examples/traffic/rules");
    private static final Path WITH_SOURCES = Path.of("src/test/resources/fixtures/cli/markup/rules");

    @TempDir
    Path dir;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    private RuleBookCompilerWithCaching compiler() {
        return new RuleBookCompilerWithCaching(new RuleBookCache(dir.resolve("cache")), notes::add);
    }

    private List<Path> entries() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".rulebook")).sorted().toList();
        }
    }

    @Test
    void aRuleBookFromTheCacheIsTheOneCompiled() throws IOException {
        Compilation compiled = RuleBookCompiler.compileFolder(TRAFFIC);
        Compilation cold = compiler().compileFolder(TRAFFIC);
        assertThat(entries()).hasSize(1);

        Compilation warm = compiler().compileFolder(TRAFFIC);

        assertThat(notes).isEmpty();
        assertSameRuleBook(warm, compiled);
        assertSameRuleBook(cold, compiled);
        assertThat(warm.ruleBook().orElseThrow().kieBase()).isNotSameAs(cold.ruleBook().orElseThrow().kieBase());
    }

    @Test
    void theSourcesFileAndItsCitationsComeBackToo() {
        Compilation compiled = RuleBookCompiler.compileFolder(WITH_SOURCES);
        compiler().compileFolder(WITH_SOURCES);

        Compilation warm = compiler().compileFolder(WITH_SOURCES);

        assertThat(notes).isEmpty();
        assertThat(warm.ruleBook().orElseThrow().sources().isPresent()).isTrue();
        assertSameRuleBook(warm, compiled);
    }

    @Test
    void theWarningsOfACompilationComeBackWithItsRuleBook() {
        RuleBook book = RuleBookCompiler.compileFolder(TRAFFIC).ruleBook().orElseThrow();
        Diagnostic warning = Diagnostic.warning(DiagnosticCode.DRL_COMPILE, Span.of(book.drl().get(0).path(), 3, 5, 7),
                "a warning").withLabel("its label").withHint("its hint");
        RuleBookCache cache = new RuleBookCache(dir);
        RuleBookKey key = RuleBookKey.of(book.drl(), CompilerIdentity.current());

        assertThat(cache.keep(key, new Compilation(Optional.of(book), List.of(warning)))).isEmpty();
        RuleBookCache.Lookup found = cache.find(key, book.drl());

        assertThat(found.problem()).isEmpty();
        assertThat(found.compilation().orElseThrow().diagnostics()).containsExactly(warning);
    }

    @Test
    void rulesThatDoNotCompileAreNotKept() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package p;\nrule \"r\" when then nonsense( end\n");

        Compilation first = compiler().compileFolder(dir);

        assertThat(first.hasErrors()).isTrue();
        assertThat(entries()).isEmpty();
        assertThat(compiler().compileFolder(dir).diagnostics()).isEqualTo(first.diagnostics());
    }

    @Test
    void aCorruptedEntryIsIgnoredWithOneNoteAndWrittenAgain() throws IOException {
        compiler().compileFolder(TRAFFIC);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20; // one flipped bit, deep in the serialised packages
        Files.write(entry, bytes);

        Compilation again = compiler().compileFolder(TRAFFIC);

        assertThat(notes).singleElement().asString().startsWith("ignored the cached rule book `" + entry + "`: ")
                .endsWith("its checksum does not match its content");
        assertSameRuleBook(again, RuleBookCompiler.compileFolder(TRAFFIC));
        notes.clear();
        assertSameRuleBook(compiler().compileFolder(TRAFFIC), RuleBookCompiler.compileFolder(TRAFFIC));
        assertThat(notes).as("the entry was written again whole").isEmpty();
    }

    @Test
    void anEntryWhoseChecksumHoldsButWhoseContentDoesNotReadIsIgnored() throws IOException {
        compiler().compileFolder(TRAFFIC);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        // As a Drools with other classes would have written it: sealed, but not what this one reads.
        int bodyStart = RuleBookArchive.FORMAT_NAME.length() + 1 + 64 + Long.BYTES + 32;
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] = (byte) 0xFF;
        }
        byte[] digest = RuleBookKey.sha256().digest(java.util.Arrays.copyOfRange(bytes, bodyStart, bytes.length));
        System.arraycopy(digest, 0, bytes, bodyStart - 32, 32);
        Files.write(entry, bytes);

        Compilation again = compiler().compileFolder(TRAFFIC);

        assertThat(notes).singleElement().asString().startsWith("ignored the cached rule book `" + entry + "`: ");
        assertSameRuleBook(again, RuleBookCompiler.compileFolder(TRAFFIC));
    }

    @Test
    void aTruncatedEntryIsIgnored() throws IOException {
        compiler().compileFolder(TRAFFIC);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 1000));

        Compilation again = compiler().compileFolder(TRAFFIC);

        assertThat(notes).singleElement().asString().contains("truncated");
        assertSameRuleBook(again, RuleBookCompiler.compileFolder(TRAFFIC));
    }

    @Test
    void anEntryOfOtherRulesUnderThisKeyIsRefused() throws IOException {
        compiler().compileFolder(TRAFFIC);
        Path trafficEntry = entries().get(0);
        compiler().compileFolder(WITH_SOURCES);
        Path otherEntry = entries().stream().filter(e -> !e.equals(trafficEntry)).findFirst().orElseThrow();
        Files.copy(otherEntry, trafficEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Compilation again = compiler().compileFolder(TRAFFIC);

        assertThat(notes).singleElement().asString().endsWith("it was written for another key");
        assertSameRuleBook(again, RuleBookCompiler.compileFolder(TRAFFIC));
    }

    @Test
    void aFileThatIsNoEntryIsRefused() throws IOException {
        compiler().compileFolder(TRAFFIC);
        Path entry = entries().get(0);
        Files.writeString(entry, "not a rule book");

        Compilation again = compiler().compileFolder(TRAFFIC);

        assertThat(notes).singleElement().asString().endsWith("it is not a `whatif-rulebook-1` file");
        assertSameRuleBook(again, RuleBookCompiler.compileFolder(TRAFFIC));
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOneNoteAndNothingElse() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "in the way");
        RuleBookCompilerWithCaching blocked = new RuleBookCompilerWithCaching(new RuleBookCache(notAFolder), notes::add);

        Compilation compiled = blocked.compileFolder(TRAFFIC);

        assertThat(notes).singleElement().asString().startsWith("could not keep the compiled rules in `" + notAFolder + "`");
        assertSameRuleBook(compiled, RuleBookCompiler.compileFolder(TRAFFIC));
    }

    @Test
    void onlyTheMostRecentlyUsedEntriesAreKept() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        for (int i = 0; i < RuleBookCache.KEPT + 4; i++) {
            Path old = Files.writeString(cache.resolve(String.format("%064x.rulebook", i)), "old");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path leftover = Files.writeString(cache.resolve("abc.rulebook.123.tmp"), "from a killed process");
        Files.setLastModifiedTime(leftover, FileTime.fromMillis(0));

        compiler().compileFolder(TRAFFIC);

        List<Path> kept = entries();
        assertThat(kept).hasSize(RuleBookCache.KEPT).doesNotContain(cache.resolve(String.format("%064x.rulebook", 0)));
        assertThat(kept).contains(cache.resolve(RuleBookKey.of(RuleFiles.read(TRAFFIC).sources(), CompilerIdentity.current())
                .hex() + ".rulebook"));
        assertThat(leftover).doesNotExist();
    }

    @Test
    void readersAlongsideAWriterSeeAWholeEntryOrNone() throws Exception {
        RuleBook book = RuleBookCompiler.compileFolder(TRAFFIC).ruleBook().orElseThrow();
        RuleBookCache cache = new RuleBookCache(dir);
        RuleBookKey key = RuleBookKey.of(book.drl(), CompilerIdentity.current());
        Compilation compilation = new Compilation(Optional.of(book), List.of());
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                cache.keep(key, compilation).ifPresent(problems::add);
            }
        });
        writer.start();
        int hits = 0;
        while (writer.isAlive() || hits == 0) {
            RuleBookCache.Lookup found = cache.find(key, book.drl());
            found.problem().ifPresent(problems::add);
            hits += found.compilation().isPresent() ? 1 : 0;
        }
        writer.join();

        assertThat(problems).isEmpty();
        assertThat(hits).isPositive();
    }

    @Test
    void theKeyChangesWithAnyPathTextOrCompiler() {
        List<RuleSource> sources = List.of(new RuleSource(Path.of("a.drl"), "package a;"));
        CompilerIdentity identity = new CompilerIdentity("whatif 1", "drools 10", "java 17");
        RuleBookKey key = RuleBookKey.of(sources, identity);

        assertThat(RuleBookKey.of(List.of(new RuleSource(Path.of("a.drl"), "package a;")), identity)).isEqualTo(key);
        List<RuleBookKey> others = new ArrayList<>(List.of(
                RuleBookKey.of(List.of(new RuleSource(Path.of("b.drl"), "package a;")), identity),
                RuleBookKey.of(List.of(new RuleSource(Path.of("a.drl"), "package b;")), identity),
                RuleBookKey.of(List.of(new RuleSource(Path.of("a.drl"), "package a;"),
                        new RuleSource(Path.of("b.drl"), "")), identity),
                RuleBookKey.of(sources, new CompilerIdentity("whatif 2", "drools 10", "java 17")),
                RuleBookKey.of(sources, new CompilerIdentity("whatif 1", "drools 11", "java 17")),
                RuleBookKey.of(sources, new CompilerIdentity("whatif 1", "drools 10", "java 21"))));
        assertThat(others).doesNotContain(key).doesNotHaveDuplicates();
    }

    /** Everything a rule book carries, compared by value (its classes differ: each load defines them anew). */
    private static void assertSameRuleBook(Compilation actual, Compilation expected) {
        assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
        RuleBook a = actual.ruleBook().orElseThrow();
        RuleBook e = expected.ruleBook().orElseThrow();
        assertThat(a.rules()).isEqualTo(e.rules());
        assertThat(a.vocabulary()).isEqualTo(e.vocabulary());
        assertThat(a.drl()).isEqualTo(e.drl());
        assertThat(a.sources().isPresent()).isEqualTo(e.sources().isPresent());
        assertThat(a.sources().all()).isEqualTo(e.sources().all());
        assertThat(describe(a.factTypes())).isEqualTo(describe(e.factTypes()));
        assertThat(a.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
                .isEqualTo(e.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
    }

    private static List<String> describe(FactTypes types) {
        return types.types().stream().map(t -> t.qualifiedName() + (t.isEvent() ? " event " : " ")
                + t.fields().stream().map(f -> f.name() + ":" + f.type().getName() + (f.isEnum() ? f.constants() : "")).toList()
                + " " + t.factType().getFactClass().getName()).toList();
    }
}
