package whatif.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.Outcome;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.ScenarioParser;

/** Explanations of real runs over the toy lending library: derivations, and facts withdrawn with their reason. */
class ExplainerTest {
    private static final Path RULES = Path.of("src/test/resources/fixtures/run/library/rules");
    private static final RuleBook LIBRARY = RuleBookCompiler.compileFolder(RULES).ruleBook().orElseThrow();
    private static final ScenarioRunner TRACING = new ScenarioRunner(RunOptions.defaults().withTrace(true));
    private static final Outcome LATE_THEN_BACK = TRACING.run(LIBRARY, ScenarioParser.parse("""
            name: a late loan comes back
            asOf: 2024-01-01
            given:
              - {type: Member, name: ann}
            timeline:
              - {on: 2024-01-01, type: Loan, member: ann, item: Dune, dueOn: 2024-01-10}
              - {on: 2024-01-15, expect: {counts: {Overdue: 1}}}
              - {on: 2024-01-20, type: Return, member: ann, item: Dune}
            expect:
              counts: {Overdue: 0}
            """, Path.of("loans.yaml")).scenarios().get(0));

    private static Explanation on(String date) {
        return Explainer.explain("a late loan comes back", LATE_THEN_BACK.trace().orElseThrow(), LIBRARY,
                LocalDate.parse(date), "Overdue");
    }

    @Test
    void aProducedFactLeadsThroughItsRuleToTheScenariosFactsAndTheDate() {
        Explanation explanation = on("2024-01-15");

        assertThat(explanation.facts()).singleElement().satisfies(overdue -> {
            assertThat(overdue.fact().describe()).isEqualTo("Overdue{member: ann, item: Dune}");
            assertThat(overdue.rule()).contains("overdue");
            assertThat(overdue.on()).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(overdue.at()).hasValueSatisfying(at -> assertThat(at.file()).isEqualTo(RULES.resolve("library.drl")));
            assertThat(overdue.from()).extracting(d -> d.fact().type(), Derivation::isGiven)
                    .containsExactly(tuple("Today", true), tuple("Loan", true));
            Derivation loan = overdue.from().get(1);
            assertThat(loan.at()).hasValueSatisfying(at -> {
                assertThat(at.file()).isEqualTo(Path.of("loans.yaml"));
                assertThat(at.line()).isEqualTo(6);
            });
        });
    }

    @Test
    void beforeTheRuleFiredThereIsNothingToExplain() {
        assertThat(on("2024-01-05").facts()).isEmpty();
    }

    @Test
    void aLogicalFactWhoseConditionsStopHoldingIsWithdrawnByTruthMaintenanceAndSaysSo() {
        Explanation explanation = on("2024-01-20");

        assertThat(explanation.facts()).isEmpty();
        assertThat(explanation.withdrawn()).singleElement().satisfies(gone -> {
            assertThat(gone.fact().describe()).isEqualTo("Overdue{member: ann, item: Dune}");
            assertThat(gone.on()).isEqualTo(LocalDate.of(2024, 1, 20));
            assertThat(gone.rule()).isEmpty();
            assertThat(gone.why()).isEqualTo("withdrawn by truth maintenance: the conditions of rule `overdue`, "
                    + "which inserted it logically, stopped holding");
        });
    }

    @Test
    void withoutTracingNoTraceIsKept() {
        Outcome plain = new ScenarioRunner().run(LIBRARY, LATE_THEN_BACK.scenario());

        assertThat(plain.trace()).isEmpty();
        assertThat(plain.facts()).isEqualTo(LATE_THEN_BACK.facts());
    }
}
