package whatif.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.run.Status;
import whatif.scenario.ScenarioParser;

/** Why-not answers over the toy lending library, judged by Drools itself through generated queries. */
class WhyNotAnalystTest {
    private static final Path RULES = Path.of("src/test/resources/fixtures/run/library/rules");
    private static final RuleBook LIBRARY = RuleBookCompiler.compileFolder(RULES).ruleBook().orElseThrow();

    private static Outcome run(String yaml) {
        return new ScenarioRunner().run(LIBRARY, ScenarioParser.parse(yaml, Path.of("why.yaml")).scenarios().get(0));
    }

    @Test
    void aMissingFactNamesTheRuleThatMakesItTheConditionThatStoppedItAndTheConstraintTheClosestFactFails() {
        Outcome outcome = run("""
                name: a loan not yet due is not overdue
                asOf: 2024-01-05
                timeline:
                  - {on: 2024-01-01, type: Loan, member: ann, item: Dune, dueOn: 2024-01-10}
                expect:
                  facts:
                    - {type: Overdue, item: Dune}
                """);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);

        List<WhyNot> answers = WhyNotAnalyst.analyse(LIBRARY, outcome);

        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.problem()).isEmpty();
            assertThat(answer.at().line()).isEqualTo(7);
            assertThat(answer.candidates()).singleElement().satisfies(overdue -> {
                assertThat(overdue.rule()).isEqualTo("overdue");
                assertThat(overdue.held()).isEqualTo(1);
                WhyNot.Blocked blocked = overdue.blocked().orElseThrow();
                assertThat(blocked.condition()).startsWith("Loan(");
                assertThat(blocked.negated()).isFalse();
                assertThat(blocked.at().file()).isEqualTo(RULES.resolve("library.drl"));
                assertThat(blocked.closest()).singleElement().satisfies(near -> {
                    assertThat(near.fact().describe()).startsWith("Loan{member: ann, item: Dune");
                    assertThat(near.unmet()).containsExactly("dueOn < $today");
                });
            });
        });
    }

    @Test
    void aRuleThatDidNotFireNamesTheNegatedConditionThatFoundAFact() {
        Outcome outcome = run("""
                name: a member with a loan is not welcomed
                asOf: 2024-01-01
                given:
                  - {type: Member, name: ann}
                timeline:
                  - {on: 2023-12-31, type: Loan, member: ann, item: Dune}
                expect:
                  fired: [welcome]
                """);

        List<WhyNot> answers = WhyNotAnalyst.analyse(LIBRARY, outcome);

        assertThat(answers).singleElement().satisfies(answer -> assertThat(answer.candidates()).singleElement()
                .satisfies(welcome -> {
                    assertThat(welcome.held()).isEqualTo(1);
                    WhyNot.Blocked blocked = welcome.blocked().orElseThrow();
                    assertThat(blocked.negated()).isTrue();
                    assertThat(blocked.condition()).isEqualTo("Loan( member == $name )");
                    assertThat(blocked.closest()).extracting(n -> n.fact().type()).containsExactly("Loan");
                }));
    }
}
