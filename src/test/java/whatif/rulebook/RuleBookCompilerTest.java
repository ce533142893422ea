package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.conf.EventProcessingOption;
import whatif.source.Diagnostic;

/** Compiling DRL with real Drools: what a rule book holds, and where each kind of error is reported. */
class RuleBookCompilerTest {
    private static final Path FILE = Path.of("rules/toy.drl");
    private static final String RULES = """
            package toy;

            declare enum Colour RED, GREEN; end

            declare Light
                colour : Colour
                lumens : double
            end

            declare Flash
                @role(event)
                at : int
            end

            rule "red light"
                @source("S01, S02") @date("2024-01-01")
            when
                Light( colour == Colour.RED )
            then
            end

              rule "indented"
            when
                Flash()
            then
            end
            """;
    private static final RuleBook BOOK = compile(RULES);

    private static RuleBook compile(String text) {
        Compilation compilation = RuleBookCompiler.compile(List.of(new RuleSource(FILE, text)));
        assertThat(compilation.diagnostics()).extracting(Diagnostic::oneLine).isEmpty();
        return compilation.ruleBook().orElseThrow();
    }

    private static List<Diagnostic> errorsOf(String text) {
        Compilation compilation = RuleBookCompiler.compile(List.of(new RuleSource(FILE, text)));
        assertThat(compilation.ruleBook()).isEmpty();
        assertThat(compilation.hasErrors()).isTrue();
        return compilation.diagnostics();
    }

    @Test
    void keepsEachRulesFilePlaceAndMetadata() {
        RuleInfo rule = BOOK.rule("red light").orElseThrow();

        assertThat(rule.file()).isEqualTo(FILE);
        assertThat(rule.line()).isEqualTo(15);
        assertThat(rule.span()).hasToString("rules/toy.drl:15:1");
        assertThat(rule.metadata()).containsEntry("source", "S01, S02").containsEntry("date", "2024-01-01");
        assertThat(BOOK.rule("indented").orElseThrow().span()).hasToString("rules/toy.drl:22:3");
        assertThat(BOOK.ruleNames()).containsExactly("red light", "indented");
        assertThat(BOOK.rule("no such rule")).isEmpty();
    }

    @Test
    void declaredTypesAreFoundWithTheirFieldsInOrder() {
        FactTypes types = BOOK.factTypes();

        DeclaredType light = types.find("Light").orElseThrow();
        assertThat(light.fieldNames()).containsExactly("colour", "lumens");
        assertThat(light.field("colour").orElseThrow().constants()).containsExactly("RED", "GREEN");
        assertThat(light.isEvent()).isFalse();
        assertThat(types.find("Flash").orElseThrow().isEvent()).isTrue();
        assertThat(types.find("toy.Light")).contains(light);
        assertThat(types.names()).containsExactly("Flash", "Light");
        assertThat(types.find("Colour")).as("an enum is not a fact type").isEmpty();
    }

    @Test
    void aDeclaredTypeMakesFactsAndReadsThemBack() {
        DeclaredType light = BOOK.factTypes().find("Light").orElseThrow();
        Object fact = light.newFact(Map.of("colour", light.field("colour").orElseThrow().convert("RED"),
                "lumens", 12.5));

        assertThat(light.isInstance(fact)).isTrue();
        assertThat(BOOK.factTypes().typeOf(fact)).contains(light);
        assertThat(light.valuesOf(fact)).containsExactly(
                Map.entry("colour", light.field("colour").orElseThrow().convert("RED")),
                Map.entry("lumens", 12.5));
    }

    @Test
    void theKieBaseRunsInStreamMode() {
        assertThat(((InternalKnowledgeBase) BOOK.kieBase()).getRuleBaseConfiguration().getEventProcessingMode())
                .isEqualTo(EventProcessingOption.STREAM);
    }

    @Test
    void typesDeclaredInOneFileServeRulesInAnother() {
        Compilation compilation = RuleBookCompiler.compile(List.of(
                new RuleSource(Path.of("rules/a-rules.drl"), "package toy;\nrule \"uses Light\" when Light() then end\n"),
                new RuleSource(Path.of("rules/b-types.drl"), "package toy;\ndeclare Light\n    lumens : double\nend\n")));

        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.ruleBook().orElseThrow().ruleNames()).containsExactly("uses Light");
    }

    @Test
    void everyErrorOfEveryFileIsReportedAtOnceInFileAndLineOrder() {
        Compilation compilation = RuleBookCompiler.compile(List.of(
                new RuleSource(Path.of("rules/b.drl"), "package toy;\nrule \"b\" when U() then end\n"),
                new RuleSource(Path.of("rules/a.drl"),
                        "package toy;\ndeclare T\n    n : int\nend\nrule \"a\" when T( m > 1 ) then end\n"
                                + "rule \"c\" when T( n > 1 ) then x(); end\n")));

        assertThat(compilation.ruleBook()).isEmpty();
        assertThat(compilation.diagnostics()).extracting(d -> d.span() + " " + d.code()).containsExactly(
                "rules/a.drl:5:18 WI0105", "rules/a.drl:6:31 WI0106", "rules/b.drl:2:15 WI0104");
    }

    @Test
    void syntaxErrorsComeFirstAndAloneWithTheParsersOwnColumn() {
        Compilation compilation = RuleBookCompiler.compile(List.of(
                new RuleSource(Path.of("rules/a.drl"), "package toy;\nrule \"a\" when Nope() then end\n"),
                new RuleSource(Path.of("rules/b.drl"), "package toy;\nrule \"b\"\nwhen\n\tLight( lumens > 1 2 )\nthen\nend\n")));

        assertThat(compilation.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                "rules/b.drl:4:20: error[WI0103]: mismatched input '2' in pattern in rule \"b\"; "
                        + "hint: constraints inside a pattern are separated by `,`, as in `Type( a > 1, b == \"x\" )`");
    }

    static Stream<Arguments> brokenRules() {
        String trip = "package toy;\ndeclare enum Road TOWN, MOTORWAY; end\ndeclare Trip\n    road : Road\n    speedKmh : int\nend\n";
        return Stream.of(
                Arguments.of("a file that ends inside a rule", trip + "rule \"r\"\nwhen\n    Trip()\nthen\n",
                        "rules/toy.drl:11:1 WI0103 mismatched input '<eof>' in rule \"r\"; hint: a rule or declaration is not closed"),
                Arguments.of("a file that ends inside a pattern (the parser itself fails)", trip + "rule \"r\"\nwhen\n    Trip(",
                        "rules/toy.drl:9:10 WI0103 unexpected end of file; hint: a rule or declaration is not closed"),
                Arguments.of("text that is no DRL", "%%%",
                        "rules/toy.drl:1:1 WI0103 mismatched input '%' expecting one of the following tokens"),
                Arguments.of("a rule without `then`", trip + "rule \"r\"\nwhen\n    Trip()\n    insert(1);\nend\n",
                        "rules/toy.drl:11:1 WI0103 mismatched input 'end' in rule \"r\"; hint: check the text just before"),
                Arguments.of("an import of a class that does not exist, used by two rules",
                        "package toy;\nimport toy.units.Kmh;\ndeclare Trip speedKmh : int end\n"
                                + "rule \"a\" when Trip() then end\nrule \"b\" when Trip() then end\n",
                        "rules/toy.drl:2:8 WI0104 cannot import `toy.units.Kmh` (no class of this name is on the class path)"),
                Arguments.of("a field of a type that is not imported", "package toy;\ndeclare Trip\n    on : LocalDate\nend\n",
                        "rules/toy.drl:3:10 WI0104 unknown type `LocalDate` for field `on` of `Trip` "
                                + "(not a declared type, a Java type or an import); hint: import it: `import java.time.LocalDate;`"),
                Arguments.of("a field of a misspelt declared type", trip + "declare Ticket\n    road : Raod\nend\n",
                        "rules/toy.drl:8:12 WI0104 unknown type `Raod` for field `road` of `Ticket` "
                                + "(not a declared type, a Java type or an import); hint: did you mean `Road`?"),
                Arguments.of("two rules of one name", trip + "rule \"r\" when Trip() then end\nrule \"r\" when Trip() then end\n",
                        "rules/toy.drl:8:6 WI0106 two rules are named `r` (the first is at line 7); "
                                + "hint: a rule's name identifies it in reports and in `fired`: rename one of them"),
                Arguments.of("a function that does not compile",
                        trip + "function int f()\n{\n    int x = 1;\n    return \"x\" + x;\n}\nrule \"r\" when Trip() then end\n",
                        "rules/toy.drl:10:5 WI0106 in function `f`: type mismatch: cannot convert from `String` to `int`; "
                                + "hint: a function is Java"),
                Arguments.of("an unknown variable in a constraint", trip + "rule \"r\"\nwhen\n    Trip( speedKmh > $limit )\nthen\nend\n",
                        "rules/toy.drl:9:22 WI0106 unknown variable `$limit` (not bound by an earlier pattern of this rule)"),
                Arguments.of("a method a Java type does not have", trip + "rule \"r\"\nwhen\n    Trip( speedKmh.foo() > 1 )\nthen\nend\n",
                        "rules/toy.drl:9:20 WI0105 type `int` has no field or method `foo` (`int` is not a declared type)"),
                Arguments.of("a field misspelt in a subtype's pattern",
                        trip + "declare Toll extends Trip\n    fee : int\nend\nrule \"r\"\nwhen\n    Toll( fea > 1 )\nthen\nend\n",
                        "rules/toy.drl:12:11 WI0105 type `Toll` has no field `fea` (expected one of `road`, `speedKmh`, `fee`); "
                                + "hint: did you mean `fee`?"),
                Arguments.of("an enum constant misspelt", trip + "rule \"r\"\nwhen\n    Trip( road == Road.TONW )\nthen\nend\n",
                        "rules/toy.drl:9:24 WI0105 enum `Road` has no constant `TONW` (expected one of `TOWN`, `MOTORWAY`); "
                                + "hint: did you mean `TOWN`?"),
                Arguments.of("an accumulate function misspelt",
                        trip + "rule \"r\"\nwhen\n    Number() from accumulate( Trip(), cuont(1) )\nthen\nend\n",
                        "rules/toy.drl:9:39 WI0106 unknown accumulate function `cuont` (expected one of `count`, `sum`, "
                                + "`average`, `min`, `max`, `collectList`, `collectSet`); hint: did you mean `count`?"),
                Arguments.of("a sliding window over facts that are no events",
                        trip + "rule \"r\"\nwhen\n    Number() from accumulate( Trip() over window:time(2d), count(1) )\nthen\nend\n",
                        "rules/toy.drl:9:31 WI0106 a sliding window needs events, and `Trip` is not one "
                                + "(declared without `@role(event)`); hint: add `@role(event)` to `declare Trip`"),
                Arguments.of("an unknown variable in a consequence", trip + "rule \"r\"\nwhen\n    Trip()\nthen\n    System.out.println($nope);\nend\n",
                        "rules/toy.drl:11:24 WI0106 in the consequence of rule `r`: `$nope` cannot be resolved to a variable"),
                Arguments.of("an unknown class in a consequence", trip + "rule \"r\"\nwhen\n    Trip()\nthen\n    insert(new Tickett());\nend\n",
                        "rules/toy.drl:11:16 WI0106 in the consequence of rule `r`: `Tickett` cannot be resolved to a type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachKindOfErrorIsReportedOnceAtItsOwnPlaceWithAHint(String what, String text, String expected) {
        List<Diagnostic> errors = errorsOf(text);

        assertThat(errors).as("one diagnostic for %s", what).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.span() + " " + d.code() + " " + d.message() + (d.label().isEmpty() ? "" : " (" + d.label() + ")")
                + "; hint: " + d.hint()).startsWith(expected);
        assertThat(d.message()).doesNotEndWith(".").doesNotMatch("^[A-Z][a-z].*");
    }

    @Test
    void aTypeDeclaredInAnotherPackageIsNamedWithIt() {
        Compilation compilation = RuleBookCompiler.compile(List.of(
                new RuleSource(Path.of("rules/a.drl"), "package toy;\nrule \"r\" when Trip() then end\n"),
                new RuleSource(Path.of("rules/b.drl"), "package other;\ndeclare Trip\n    speedKmh : int\nend\n")));

        assertThat(compilation.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                "rules/a.drl:2:15: error[WI0104]: unknown type `Trip` (declared in package `other`, not this one); "
                        + "hint: import it, `import other.Trip;`, or write the rule in the same `package`");
    }

    @Test
    void whileATypeDoesNotBuildTheRulesErrorsWait() {
        List<Diagnostic> errors = errorsOf("package toy;\ndeclare Trip\n    speedKmh : int\nend\n"
                + "declare Camera\n    on : LocalDate\nend\n"
                + "rule \"r\"\nwhen\n    $t : Trip()\nthen\n    $t.getSpeed();\nend\n");

        // Not "unknown type `Trip`" nor "$t cannot be resolved": Trip exists, it is only not built.
        assertThat(errors).extracting(d -> d.span() + " " + d.message())
                .containsExactly("rules/toy.drl:6:10 unknown type `LocalDate` for field `on` of `Camera`");
    }

    /**
     * A rule file cut short anywhere, as while it is being typed: compiling never throws, and every
     * diagnostic is at a place from 1:1 inside the file (Position refuses 0), with a hint.
     */
    @Test
    void aRuleFileCutShortAnywhereGivesDiagnosticsAtRealPlaces() {
        String whole = RULES + "\nfunction int twice(int n) { return 2 * n; }\n"
                + "rule \"bright\"\nwhen\n    $l : Light( lumens > twice(2), $c : colour )\n"
                + "    $n : Number() from accumulate( Flash() over window:time(2d), count(1) )\nthen\n"
                + "    System.out.println($c + \" \" + $n);\nend\n";
        List<String> failures = new ArrayList<>();
        int broken = 0;
        for (int cut = 0; cut < whole.length(); cut += 9) {
            String text = whole.substring(0, cut);
            try {
                List<Diagnostic> diagnostics = RuleBookCompiler.compile(List.of(new RuleSource(FILE, text))).diagnostics();
                broken += diagnostics.isEmpty() ? 0 : 1;
                for (Diagnostic d : diagnostics) {
                    if (d.span().line() > text.split("\n", -1).length || d.hint().isBlank()) {
                        failures.add("cut at " + cut + ": " + d.oneLine());
                    }
                }
            } catch (RuntimeException e) {
                failures.add("cut at " + cut + ": threw " + e);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(broken).as("cuts that gave diagnostics").isGreaterThan(50);
    }

    @Test
    void thereIsNothingToCompileWithoutASource() {
        assertThatThrownBy(() -> RuleBookCompiler.compile(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFolderIsReadThenCompiledAndItsProblemsAreDiagnostics(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.drl"), RULES);

        assertThat(RuleBookCompiler.compileFolder(dir).ruleBook()).isPresent();
        assertThat(RuleBookCompiler.compileFolder(dir.resolve("nope")).diagnostics()).extracting(Diagnostic::code)
                .containsExactly("WI0101");
    }
}
