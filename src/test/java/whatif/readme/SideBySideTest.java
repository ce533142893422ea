package whatif.readme;

import static whatif.assertions.WhatIfAssertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import whatif.assertions.WhatIf;
import whatif.diff.Delta;
import whatif.run.Status;

class SideBySideTest {
    static final WhatIf RULES = WhatIf.rules(Path.of("examples/traffic/rules"));
    static final Path WHAT_IF = Path.of("examples/traffic/scenarios/what-if.yaml");

    @Test
    void atFiftyTheTicketDisappears() {
        Delta delta = RULES.diff(WHAT_IF, "a trip at seventy in town is twenty over the limit / at fifty there is no ticket");

        assertThat(delta).disappeared("Ticket").with("excessKmh", 20).concludedBy("town speed limit")
                .and().stoppedFiring("town speed limit")
                .partsOn("2024-01-01");
    }

    @Test
    void aDraftThatLowersTheTownLimitChangesTheVariant() {
        WhatIf draft = WhatIf.rules(Path.of("src/test/resources/fixtures/cli/reform/draft"));

        Delta delta = RULES.diffAgainst(draft, WHAT_IF,
                "a trip at seventy in town is twenty over the limit / at fifty there is no ticket");

        assertThat(delta).hasStatuses(Status.PASSED, Status.FAILED)
                .appeared("Ticket").with("limitKmh", 40).concludedBy("town speed limit of 40")
                .and().keeps("Suspension");
    }
}
