package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.report.JsonReporter;
import whatif.report.RunReport;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.scenario.ScenarioFiles;
import whatif.source.Diagnostic;
import whatif.testing.FileTrees;

/**
 * Compiling a folder again after an edit: whatever the recompiler reuses, its result must be the
 * one a full compilation of the same files gives (diagnostics, rules, types, load order, and so
 * the outcome of every scenario).
 */
class RuleBookRecompilerTest {
    private static final String TYPES = """
            package shop;

            declare Basket
                items : int
                total : double
            end
            """;
    private static final String DISCOUNTS = """
            package shop;

            rule "ten items earn a discount"
            when
                Basket( items >= 10 )
            then
            end

            rule "a large total earns a discount"
            when
                Basket( total > 100 )
            then
            end
            """;
    private static final String AUDIT = """
            package audit;

            import shop.Basket;

            rule "empty baskets are logged"
            when
                Basket( items == 0 )
            then
            end
            """;
    private static final String SHIPPING = """
            package shop;

            rule "heavy baskets ship by freight"
            when
                Basket( items > 50 )
            then
            end

            rule "free shipping over 50"
            when
                Basket( total > 50 )
            then
            end
            """;

    @TempDir
    Path dir;

    @Test
    void anEditedRuleIsBuiltAloneAndTheBookIsTheOneAFullBuildGives() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        write("b-audit.drl", AUDIT);
        write("c-shipping.drl", SHIPPING);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        Recompilation first = recompiler.compile();
        assertThat(first.rebuilt()).hasSize(4);
        assertThat(first.changed()).hasSize(4);

        // One more rule early in package `shop`: a full build numbers every later rule of `shop` one higher.
        write("a-discounts.drl", DISCOUNTS + """

                rule "a single item earns nothing"
                when
                    Basket( items == 1 )
                then
                end
                """);
        Recompilation second = recompiler.compile();

        assertThat(second.changed()).containsExactly(dir.resolve("a-discounts.drl"));
        assertThat(second.rebuilt()).containsExactly(dir.resolve("a-discounts.drl"));
        assertSameAsFullBuild(second.compilation());
        assertThat(loadOrders(second.compilation().ruleBook().orElseThrow()))
                .containsEntry("shop.a single item earns nothing", 2)
                .containsEntry("shop.heavy baskets ship by freight", 3)
                .containsEntry("audit.empty baskets are logged", 0);
    }

    @Test
    void nothingChangedGivesTheSameBookWithoutBuilding() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        Recompilation first = recompiler.compile();

        Recompilation again = recompiler.compile();

        assertThat(again.hasChanges()).isFalse();
        assertThat(again.rebuilt()).isEmpty();
        assertThat(again.compilation()).isSameAs(first.compilation());
    }

    @Test
    void aWarmUpChangesNothingAndTheNextEditIsStillBuiltAlone() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        write("c-shipping.drl", SHIPPING);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        Recompilation first = recompiler.compile();

        recompiler.warmUp();
        recompiler.warmUp();

        assertThat(recompiler.compile().compilation()).isSameAs(first.compilation());
        write("a-discounts.drl", DISCOUNTS.replace("total > 100", "total > 150"));
        Recompilation edited = recompiler.compile();
        assertThat(edited.rebuilt()).containsExactly(dir.resolve("a-discounts.drl"));
        assertSameAsFullBuild(edited.compilation());
    }

    @Test
    void anErrorInAnEditedRuleIsReportedAsAFullBuildReportsItAndGoesWhenFixed() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        write("c-shipping.drl", SHIPPING);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        recompiler.compile();

        write("c-shipping.drl", SHIPPING.replace("total > 50", "totl > 50"));
        Recompilation broken = recompiler.compile();

        assertThat(broken.rebuilt()).containsExactly(dir.resolve("c-shipping.drl"));
        assertThat(broken.compilation().diagnostics()).extracting(Diagnostic::oneLine)
                .singleElement().asString().contains("c-shipping.drl:11:13", "`totl`");
        assertSameAsFullBuild(broken.compilation());

        write("c-shipping.drl", SHIPPING);
        Recompilation fixed = recompiler.compile();

        assertThat(fixed.rebuilt()).containsExactly(dir.resolve("c-shipping.drl"));
        assertThat(fixed.compilation().diagnostics()).isEmpty();
        assertSameAsFullBuild(fixed.compilation());
    }

    @Test
    void aRuleNamedAsOneInAnotherFileIsStillADuplicate() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        write("c-shipping.drl", SHIPPING);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        recompiler.compile();

        write("c-shipping.drl", SHIPPING.replace("free shipping over 50", "ten items earn a discount"));
        Recompilation duplicate = recompiler.compile();

        assertThat(duplicate.compilation().hasErrors()).isTrue();
        assertSameAsFullBuild(duplicate.compilation());
    }

    @Test
    void aSyntaxErrorIsReportedWithoutBuildingAndTheNextSaveBuildsOnlyThatFile() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        recompiler.compile();

        write("a-discounts.drl", DISCOUNTS.replace("Basket( items >= 10 )", "Basket( items >= 10"));
        Recompilation broken = recompiler.compile();

        assertThat(broken.rebuilt()).isEmpty();
        assertThat(broken.compilation().diagnostics()).extracting(Diagnostic::code).containsOnly("WI0103");
        assertSameAsFullBuild(broken.compilation());

        write("a-discounts.drl", DISCOUNTS.replace("items >= 10", "items >= 12"));
        Recompilation fixed = recompiler.compile();

        assertThat(fixed.rebuilt()).containsExactly(dir.resolve("a-discounts.drl"));
        assertSameAsFullBuild(fixed.compilation());
    }

    @Test
    void bracketsNestedTooDeepAreRefusedBeforeTheParseAsTheCompilerRefusesThem() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        recompiler.compile();

        write("a-discounts.drl", DISCOUNTS.replace("items >= 10", "(".repeat(40) + "items >= 10" + ")".repeat(40)));
        Recompilation refused = recompiler.compile();

        assertThat(refused.rebuilt()).isEmpty();
        assertThat(refused.compilation().diagnostics()).extracting(Diagnostic::message)
                .containsExactly("brackets nested more than 32 deep");
        assertSameAsFullBuild(refused.compilation());
    }

    @Test
    void aChangedDeclarationOrAFileAddedBuildsEverything() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        recompiler.compile();

        write("types.drl", TYPES.replace("total : double", "total : double\n    coupon : String"));
        assertThat(recompiler.compile().rebuilt()).hasSize(2);

        write("c-shipping.drl", SHIPPING);
        Recompilation added = recompiler.compile();
        assertThat(added.rebuilt()).hasSize(3);
        assertSameAsFullBuild(added.compilation());

        write("c-shipping.drl", "package shop;\nimport java.util.List;\n" + SHIPPING.substring("package shop;\n".length()));
        assertThat(recompiler.compile().rebuilt()).as("an import is package-wide").hasSize(3);
    }

    @Test
    void aChangedSourcesFileIsAChangeAndIsCheckedAgain() throws IOException {
        write("types.drl", TYPES);
        write("a-discounts.drl", DISCOUNTS.replace("rule \"ten items earn a discount\"",
                "rule \"ten items earn a discount\"\n    @source(\"S1\")"));
        write(RuleBookCompiler.SOURCES_FILE, "- id: S1\n  title: the shop's terms\n");
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        assertThat(recompiler.compile().compilation().diagnostics()).isEmpty();

        write(RuleBookCompiler.SOURCES_FILE, "- id: S2\n  title: the shop's terms\n");
        Recompilation recompiled = recompiler.compile();

        assertThat(recompiled.changed()).containsExactly(dir.resolve(RuleBookCompiler.SOURCES_FILE));
        assertThat(recompiled.rebuilt()).isEmpty();
        assertSameAsFullBuild(recompiled.compilation());
        assertThat(recompiled.compilation().diagnostics()).extracting(Diagnostic::code).containsExactly("WI0108");
    }

    @Test
    void thePolicyWithARuleAddedRunsItsScenariosAsAFullBuildDoes() throws IOException {
        FileTrees.copy(Path.of("rules"), dir);
        RuleBookRecompiler recompiler = new RuleBookRecompiler(dir);
        recompiler.compile();
        Path edited = dir.resolve("guidelines/checks.drl");
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        int firstRule = text.indexOf("\nrule ");
        // A rule that never fires, before the others: every later rule of the package moves one place.
        write(dir.relativize(edited).toString(), text.substring(0, firstRule) + """

                rule "a rule added by an edit"
                when
                    eval(false)
                then
                end
                """ + text.substring(firstRule));

        Recompilation recompiled = recompiler.compile();

        assertThat(recompiled.rebuilt()).containsExactly(edited);
        Compilation full = assertSameAsFullBuild(recompiled.compilation());
        assertThat(reportOf(recompiled.compilation().ruleBook().orElseThrow()))
                .isEqualTo(reportOf(full.ruleBook().orElseThrow()));
    }

    /** Compares with {@link RuleBookCompiler#compileFolder} of the same folder; returns that. */
    private Compilation assertSameAsFullBuild(Compilation recompiled) {
        Compilation full = RuleBookCompiler.compileFolder(dir);
        assertThat(recompiled.diagnostics()).isEqualTo(full.diagnostics());
        assertThat(recompiled.ruleBook().isPresent()).isEqualTo(full.ruleBook().isPresent());
        recompiled.ruleBook().ifPresent(book -> {
            RuleBook expected = full.ruleBook().orElseThrow();
            assertThat(book.rules()).isEqualTo(expected.rules());
            assertThat(book.vocabulary()).isEqualTo(expected.vocabulary());
            assertThat(loadOrders(book)).isEqualTo(loadOrders(expected));
        });
        return full;
    }

    private static Map<String, Integer> loadOrders(RuleBook book) {
        Map<String, Integer> orders = new TreeMap<>();
        book.kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(
                rule -> orders.put(pkg.getName() + "." + rule.getName(), ((RuleImpl) rule).getLoadOrder())));
        return orders;
    }

    private static String reportOf(RuleBook book) {
        ScenarioRunner runner = new ScenarioRunner();
        // Two folders of the policy's scenarios, timelines through most of its rules; all of them would double the time.
        List<Outcome> outcomes = ScenarioFiles.read(List.of(Path.of("scenarios/story-2017"), Path.of("scenarios/undetermined")))
                .scenarios().stream()
                .map(scenario -> runner.run(book, scenario)).toList();
        assertThat(outcomes).isNotEmpty();
        StringWriter json = new StringWriter();
        new JsonReporter().report(new RunReport(List.of(), outcomes, List.of(), List.of(), 0, true), new PrintWriter(json));
        return json.toString();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

}
