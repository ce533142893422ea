package whatif.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBookCompiler;
import whatif.rulebook.RuleSource;
import whatif.source.Diagnostic;

/** Which mutants a rule file gives, found by Drools' parser and lexer; no rule is run. */
class MutantMakerTest {
    private static final Path FILE = Path.of("rules/toy.drl");
    private static final String RULES = """
            package toy;

            import java.time.LocalDate;
            import java.util.List;

            declare Reading
                @role(event)
                level : int
                on : LocalDate
                note : String
            end

            declare Alarm
                level : int
            end

            rule "high reading"
            when
                // a comment: level > 5 and 7 are no condition
                Reading( level > 5, note != "over 9", on.isAfter(LocalDate.of(2024, 3, 1)) )
            then
                if (1 > 0) { insert(new Alarm(42)); }
            end

            rule "many readings"
            when
                not Alarm( level >= 3 )
                exists( Reading( level < 2 ) )
                accumulate( Reading( $l : level ) over window:time(30d); $n : count($l); $n <= 10 )
                eval( $n.intValue() != 7 )
                $all : List( size > 0 ) from collect( Reading( note == '2024-03-01' ) )
            then
            end
            """;

    private static List<String> changes(String text) {
        return MutantMaker.make(List.of(new RuleSource(FILE, text))).stream()
                .map(m -> m.rule() + " | " + m.kind().label() + " " + m.at() + " | " + m.change()).toList();
    }

    @Test
    void everyConditionIsMutatedAndNothingElse() {
        assertThat(changes(RULES)).containsExactly(
                "high reading | removal 17:1 | rule removed",
                "high reading | operator 20:20 | `level > 5` -> `level >= 5`",
                "high reading | number 20:22 | `level > 5` -> `level > 4`",
                "high reading | number 20:22 | `level > 5` -> `level > 6`",
                "high reading | date 20:67 | `on.isAfter(LocalDate.of(2024, 3, 1))` -> `on.isAfter(LocalDate.of(2024, 2, 29))`",
                "high reading | date 20:67 | `on.isAfter(LocalDate.of(2024, 3, 1))` -> `on.isAfter(LocalDate.of(2024, 3, 2))`",
                "many readings | removal 25:1 | rule removed",
                "many readings | operator 27:22 | `level >= 3` -> `level > 3`",
                "many readings | number 27:25 | `level >= 3` -> `level >= 2`",
                "many readings | number 27:25 | `level >= 3` -> `level >= 4`",
                "many readings | operator 28:28 | `level < 2` -> `level <= 2`",
                "many readings | number 28:30 | `level < 2` -> `level < 1`",
                "many readings | number 28:30 | `level < 2` -> `level < 3`",
                "many readings | number 29:56 | `window:time(30d)` -> `window:time(29d)`",
                "many readings | number 29:56 | `window:time(30d)` -> `window:time(31d)`",
                "many readings | operator 29:81 | `$n <= 10` -> `$n < 10`",
                "many readings | number 29:84 | `$n <= 10` -> `$n <= 9`",
                "many readings | number 29:84 | `$n <= 10` -> `$n <= 11`",
                "many readings | number 30:28 | `eval( $n.intValue() != 7 )` -> `eval( $n.intValue() != 6 )`",
                "many readings | number 30:28 | `eval( $n.intValue() != 7 )` -> `eval( $n.intValue() != 8 )`",
                "many readings | operator 31:23 | `size > 0` -> `size >= 0`",
                "many readings | number 31:25 | `size > 0` -> `size > -1`",
                "many readings | number 31:25 | `size > 0` -> `size > 1`",
                "many readings | date 31:60 | `note == '2024-03-01'` -> `note == '2024-02-29'`",
                "many readings | date 31:60 | `note == '2024-03-01'` -> `note == '2024-03-02'`");
    }

    @Test
    void aRemovedRuleKeepsItsNameAndItsLines() {
        Mutant removal = MutantMaker.make(List.of(new RuleSource(FILE, RULES))).get(0);
        String removed = removal.applyTo(List.of(new RuleSource(FILE, RULES))).get(0).text();

        assertThat(removed).contains("    // a comment: level > 5 and 7 are no condition\n"
                + "    eval(false) Reading( level > 5,");
        assertThat(removed.lines().count()).isEqualTo(RULES.lines().count());
    }

    @Test
    void aRuleWithoutConditionsIsRemovedToo() {
        String text = """
                package toy;

                rule "empty when"
                when
                then
                end

                rule "no when"
                then
                end
                """;
        List<Mutant> mutants = MutantMaker.make(List.of(new RuleSource(FILE, text)));

        assertThat(mutants).extracting(Mutant::kind).containsExactly(MutationKind.RULE_REMOVED, MutationKind.RULE_REMOVED);
        for (Mutant mutant : mutants) {
            List<RuleSource> removed = mutant.applyTo(List.of(new RuleSource(FILE, text)));
            assertThat(RuleBookCompiler.compile(removed).diagnostics()).extracting(Diagnostic::oneLine).isEmpty();
            assertThat(removed.get(0).text()).contains(RuleRemoval.NEVER);
        }
        assertThat(mutants.get(0).applyTo(List.of(new RuleSource(FILE, text))).get(0).text())
                .contains("when\neval(false) then");
        assertThat(mutants.get(1).applyTo(List.of(new RuleSource(FILE, text))).get(0).text())
                .contains("\"no when\"\nwhen eval(false) then");
    }

    @Test
    void aQueryIsLeftAsWritten() {
        assertThat(changes("package toy;\ndeclare Reading level : int end\nquery \"high\" Reading( level > 5 ) end\n")).isEmpty();
    }

    @Test
    void aFileThatDoesNotParseGivesNoMutant() {
        assertThat(changes("package toy;\nrule \"broken\" when Reading( then end\n")).isEmpty();
    }

    @Test
    void onlyTheFileOfTheChangeIsChanged() {
        RuleSource other = new RuleSource(Path.of("rules/other.drl"), "package toy;\n");
        Mutant first = MutantMaker.make(List.of(new RuleSource(FILE, RULES))).get(1);

        List<RuleSource> mutated = first.applyTo(List.of(other, new RuleSource(FILE, RULES)));

        assertThat(mutated.get(0)).isEqualTo(other);
        assertThat(mutated.get(1).text()).contains("Reading( level >= 5,").doesNotContain("level > 5,");
    }
}
