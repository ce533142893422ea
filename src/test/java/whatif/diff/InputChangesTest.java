package whatif.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;

/** Pure: how a variant's input differs from its scenario's, from the parsed files alone. */
class InputChangesTest {
    private static final ParsedFile FILE = ScenarioParser.parse("""
            name: base
            asOf: 2024-01-01
            given:
              - {type: Trip, id: a, speedKmh: 60}
              - {type: Driver, name: Ada}
            timeline:
              - {on: 2024-01-02, type: Offence, points: 3}
              - on: 2024-01-03
                expect: {fired: [r]}
            variants:
              - name: everything
                asOf: 2023-12-31
                change: [{type: Trip, set: {speedKmh: 70, road: TOWN}}]
                remove: [{on: 2024-01-02}, {on: 2024-01-03}]
                add: [{on: 2024-01-05, type: Offence, points: 6}]
              - name: only the date
                asOf: 2024-01-02
            """, Path.of("v.yaml"));

    private static List<InputChange> of(int variant) {
        List<Scenario> scenarios = FILE.scenarios();
        return InputChanges.between(scenarios.get(0), scenarios.get(variant));
    }

    @Test
    void everyKindOfChangeIsListedWhereItIsWritten() {
        List<InputChange> changes = of(1);

        assertThat(changes).hasSize(4);
        assertThat(changes.get(0)).isEqualTo(new InputChange.DateMoved(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(changes.get(1)).isInstanceOfSatisfying(InputChange.Changed.class, changed -> {
            assertThat(changed.values()).containsExactly(
                    new InputChange.ValueChange("speedKmh", Optional.of("60"), Optional.of("70")),
                    new InputChange.ValueChange("road", Optional.empty(), Optional.of("TOWN")));
            assertThat(changed.writtenAt()).hasValueSatisfying(at -> assertThat(at).hasToString("v.yaml:13:33"));
            assertThat(changed.factSpan()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(4));
        });
        assertThat(changes.get(2)).as("an entry that only checks is no input").isInstanceOfSatisfying(InputChange.Removed.class,
                removed -> assertThat(removed.fact().describe()).isEqualTo("Offence{points: 3}"));
        assertThat(changes.get(3)).isInstanceOfSatisfying(InputChange.Added.class, added -> {
            assertThat(added.on()).isEqualTo(LocalDate.of(2024, 1, 5));
            assertThat(added.writtenAt()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(15));
        });
    }

    @Test
    void aScenarioComparedWithItselfChangesNothing() {
        assertThat(InputChanges.between(FILE.scenarios().get(0), FILE.scenarios().get(0))).isEmpty();
        assertThat(of(2)).containsExactly(new InputChange.DateMoved(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)));
    }
}
