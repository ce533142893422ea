package whatif.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.RunOptions;
import whatif.run.Status;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;

/** Real runs of the traffic example compared: what a variant withdraws, and when two runs part. */
class DifferTest {
    private static final RuleBook TRAFFIC = RuleBookCompiler.compileFolder(Path.of("examples/traffic/rules")).ruleBook().orElseThrow();
    private static final RuleBook DRAFT = RuleBookCompiler.compileFolder(Path.of("src/test/resources/fixtures/cli/reform/draft"))
            .ruleBook().orElseThrow();
    private static final List<Scenario> POINTS = ScenarioParser.parse("""
            name: twelve points
            asOf: 2021-01-01
            given: [{type: Driver, name: Ada}]
            timeline:
              - {on: 2021-03-01, type: Offence, driver: Ada, road: TOWN, points: 6}
              - {on: 2023-09-01, type: Offence, driver: Ada, road: TOWN, points: 6}
              - {on: 2024-06-01, expect: {noFacts: [{type: OverPointsLimit}]}}
            variants:
              - name: the first offence later
                remove: [{on: 2021-03-01}, {on: 2024-06-01}]
                add: [{on: 2022-03-01, type: Offence, driver: Ada, road: TOWN, points: 6}]
                expect:
                  facts: [{type: OverPointsLimit}]
              - name: a week earlier
                asOf: 2020-12-25
            """, Path.of("points.yaml")).scenarios();

    private static Delta variant(int index) {
        return Differ.run(TRAFFIC, POINTS.get(0), TRAFFIC, POINTS.get(index), RunOptions.defaults());
    }

    @Test
    void aFactWithdrawnInOneRunSaysWhen() {
        Delta delta = variant(1);

        assertThat(delta.before().status()).isEqualTo(Status.PASSED);
        assertThat(delta.after().status()).as("the variant's own expect").isEqualTo(Status.PASSED);
        assertThat(delta.appeared()).singleElement().satisfies(d -> {
            assertThat(d.fact().describe()).isEqualTo("OverPointsLimit{driver: Ada, points: 12}");
            assertThat(d.concludedBy()).hasValueSatisfying(c -> {
                assertThat(c.rule()).isEqualTo("twelve points in three years");
                assertThat(c.on()).isEqualTo(LocalDate.of(2023, 9, 1));
            });
            assertThat(d.elsewhere()).as("in the baseline it held until the first offence left its window")
                    .isEqualTo(Elsewhere.WITHDRAWN);
            assertThat(d.withdrawn()).hasValueSatisfying(w -> {
                assertThat(w.on()).isEqualTo(LocalDate.of(2024, 6, 1));
                assertThat(w.why()).contains("truth maintenance");
            });
        });
        assertThat(delta.parting()).hasValueSatisfying(p -> {
            assertThat(p.on()).isEqualTo(LocalDate.of(2021, 3, 1));
            assertThat(p.onlyBefore()).extracting(f -> f.type()).containsExactly("Offence");
            assertThat(p.onlyAfter()).isEmpty();
        });
        assertThat(delta.hasChanges()).isTrue();
    }

    @Test
    void runsThatOnlyStartApartPartWithoutChangingTheOutcome() {
        Delta delta = variant(2);

        assertThat(delta.hasChanges()).isFalse();
        assertThat(delta.parting()).hasValueSatisfying(p -> {
            assertThat(p.on()).isEqualTo(LocalDate.of(2020, 12, 25));
            assertThat(p.onlyAfter()).extracting(f -> f.describe()).containsExactly("Driver{name: Ada}");
            assertThat(p.beforeStarts()).isEqualTo(LocalDate.of(2021, 1, 1));
        });
    }

    @Test
    void underADraftARuleOnlyOneBookHasIsNamedAsSuch() {
        Scenario town = ScenarioParser.parse("name: t\nasOf: 2024-01-01\ngiven: [{type: Trip, road: TOWN, speedKmh: 45}]\n"
                + "expect: {counts: {Ticket: 0}}\n", Path.of("t.yaml")).scenarios().get(0);

        Delta delta = Differ.run(TRAFFIC, town, DRAFT, town, RunOptions.defaults());

        assertThat(delta.inputs()).isEmpty();
        assertThat(delta.appeared()).singleElement().satisfies(d -> {
            assertThat(d.fact().values()).containsEntry("road", "TOWN").containsEntry("limitKmh", 40);
            assertThat(d.elsewhere()).isEqualTo(Elsewhere.NO_SUCH_RULE);
        });
        assertThat(delta.firedOnlyAfter()).containsExactly("town speed limit of 40");
        assertThat(Differ.run(TRAFFIC, town, TRAFFIC, town, RunOptions.defaults()).hasChanges()).isFalse();
    }
}
