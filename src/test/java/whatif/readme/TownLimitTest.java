package whatif.readme;

import static whatif.assertions.WhatIfAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whatif.assertions.WhatIf;
import whatif.run.Outcome;
import whatif.scenario.ScenarioBuilder;

class TownLimitTest {
    static final WhatIf RULES = WhatIf.rules(Path.of("examples/traffic/rules"));

    @Test
    void seventyInTownIsTwentyOver() {
        Outcome outcome = RULES.run(ScenarioBuilder.named("seventy in town")
                .asOf(LocalDate.of(2024, 1, 1))
                .given("Trip", Map.of("road", "TOWN", "speedKmh", 70))
                .expectFired("town speed limit")
                .build());

        assertThat(outcome).passed()
                .hasFact("Ticket").with("road", "TOWN").with("excessKmh", 20)
                .and().hasFactCount("Ticket", 1)
                .hasNoFact("Ticket", Map.of("road", "MOTORWAY"))
                .hasNotFired("motorway speed limit");
    }

    @Test
    void aScenarioFileRunsByName() {
        Outcome outcome = RULES.run(Path.of("examples/traffic/scenarios/twelve-points.yaml"),
                "twelve points in three years suspend the licence");

        assertThat(outcome).passed()
                .hasFact("Suspension").with("driver", "Ada").with("since", "2023-09-01")
                .and().hasNoFact("OverPointsLimit")
                .hasFiredInOrder("twelve points in three years", "over the points limit suspends the licence");
    }
}
