package whatif.assertions;

import static whatif.assertions.WhatIfAssertions.assertThat;
import static whatif.assertions.WhatIfAssertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whatif.run.Outcome;
import whatif.scenario.ScenarioBuilder;

class OutcomeAssertTest {
    private static final WhatIf TRAFFIC = WhatIf.rules(Path.of("src/test/resources/fixtures/cli/traffic/rules"));
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private static Outcome trip(String road, int speed) {
        return TRAFFIC.run(ScenarioBuilder.named(road + " at " + speed).asOf(DAY)
                .given("Trip", Map.of("road", road, "speedKmh", speed))
                .expectFired("town speed limit")
                .build());
    }

    @Test
    void factsFieldsAndFiringsOfARealRun() {
        assertThat(trip("TOWN", 70)).passed()
                .hasFact("Ticket").with("road", "TOWN").with("excessKmh", 20).with("limitKmh", 50.0)
                .and().hasFactCount("Ticket", 1)
                .hasFired("town speed limit").hasNotFired("motorway speed limit")
                .hasFiredInOrder("town speed limit");
    }

    @Test
    void aMissingFactNamesTheFactsThatWereThere() {
        assertThatThrownBy(() -> assertThat(trip("TOWN", 70)).hasFact("Ticket").with("excessKmh", 25))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a fact Ticket{excessKmh: 25}")
                .hasMessageContaining("Ticket{road: TOWN, limitKmh: 50, excessKmh: 20}");
    }

    @Test
    void hasNoFactFailsOnlyWhenAFactMatchesTheWholePattern() {
        Outcome outcome = trip("TOWN", 70);

        assertThat(outcome).hasNoFact("Ticket", Map.of("road", "MOTORWAY")).hasNoFact("Warning");
        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Ticket"))
                .hasMessageContaining("Expecting no fact Ticket{} but found");
        assertThatThrownBy(() -> assertThat(outcome).hasNoFact("Ticket", Map.of("road", "TOWN")))
                .hasMessageContaining("Expecting no fact Ticket{road: TOWN} but found")
                .hasMessageContaining("excessKmh: 20");
    }

    @Test
    void statusAndFiringFailuresSayWhatHappened() {
        Outcome noTicket = trip("MOTORWAY", 100);

        assertThat(noTicket).failed();
        assertThatThrownBy(() -> assertThat(noTicket).passed())
                .hasMessageContaining("Expecting scenario <MOTORWAY at 100> to have passed but it failed")
                .hasMessageContaining("not held: rule `town speed limit` fired");
        assertThatThrownBy(() -> assertThat(noTicket).hasFired("motorway speed limit"))
                .hasMessageContaining("Expecting rule <motorway speed limit> to have fired");
        assertThatThrownBy(() -> assertThat(noTicket).hasFactCount("Ticket", 1))
                .hasMessageContaining("Expecting 1 facts of type Ticket but found 0");
    }

    @Test
    void scenarioFilesRunByFileAndByName() {
        Path file = Path.of("src/test/resources/fixtures/cli/traffic/scenarios/town.yaml");

        assertThat(TRAFFIC.run(file)).hasSize(2).allMatch(Outcome::passed);
        assertThat(TRAFFIC.run(file, "fifty in town is fine")).passed().hasFactCount("Ticket", 0);
        assertThatThrownBy(() -> TRAFFIC.run(file, "no such scenario"))
                .hasMessageContaining("no scenario named `no such scenario`");
    }

    @Test
    void rulesThatDoNotCompileFailWithTheirDiagnostics() {
        assertThatThrownBy(() -> WhatIf.rules(Path.of("src/test/resources/fixtures/cli/broken-rules/rules")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("speed.drl:10:11: error[WI0103]");
    }
}
