package whatif.assertions;

import static whatif.assertions.WhatIfAssertions.assertThat;
import static whatif.assertions.WhatIfAssertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whatif.diff.Delta;
import whatif.run.Status;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/** The fluent assertions on deltas of real runs: the traffic example's variants, and two rule books. */
class DeltaAssertTest {
    private static final WhatIf TRAFFIC = WhatIf.rules(Path.of("examples/traffic/rules"));
    private static final Path WHAT_IF = Path.of("examples/traffic/scenarios/what-if.yaml");
    private static final String SEVENTY = "a trip at seventy in town is twenty over the limit";
    private static final Delta AT_FIFTY = TRAFFIC.diff(WHAT_IF, SEVENTY + " / at fifty there is no ticket");

    @Test
    void whatAVariantChangedAndWhy() {
        assertThat(AT_FIFTY).hasChanges().hasStatuses(Status.PASSED, Status.PASSED)
                .disappeared("Ticket").with("road", "TOWN").with("excessKmh", 20).concludedBy("town speed limit")
                .and().stoppedFiring("town speed limit")
                .partsOn("2024-01-01")
                .keeps("Suspension");
    }

    @Test
    void aFactThatDidNotMoveFailsWithWhatDid() {
        assertThatThrownBy(() -> assertThat(AT_FIFTY).appeared("Ticket"))
                .hasMessage(String.format("Expecting a fact Ticket to have appeared in <%s> and <%s / at fifty there is no "
                        + "ticket> but the facts that appeared were:%n  (none)", SEVENTY, SEVENTY));
        assertThatThrownBy(() -> assertThat(AT_FIFTY).disappeared("Ticket").with("excessKmh", 10))
                .hasMessageContaining("Expecting a fact Ticket with excessKmh=10 to have disappeared");
        assertThatThrownBy(() -> assertThat(AT_FIFTY).keeps("Ticket"))
                .hasMessageContaining("to stay the same").hasMessageContaining("  - Ticket{road: TOWN, limitKmh: 50, excessKmh: 20}");
        assertThatThrownBy(() -> assertThat(AT_FIFTY).disappeared("Ticket").concludedBy("motorway speed limit"))
                .hasMessageContaining("<- `town speed limit`");
    }

    @Test
    void namesTheRulesDoNotDeclareFailAtOnce() {
        assertThatThrownBy(() -> assertThat(AT_FIFTY).disappeared("Tiket")).hasMessageContaining("did you mean `Ticket`?");
        assertThatThrownBy(() -> assertThat(AT_FIFTY).disappeared("Ticket").with("excess", 20))
                .hasMessageContaining("did you mean `excessKmh`?");
        assertThatThrownBy(() -> assertThat(AT_FIFTY).stoppedFiring("town sped limit"))
                .hasMessageContaining("did you mean `town speed limit`?");
    }

    @Test
    void theFiringsAndTheDayTheRunsPartAreChecked() {
        assertThatThrownBy(() -> assertThat(AT_FIFTY).startedFiring("town speed limit"))
                .hasMessage(String.format("Expecting rule <town speed limit> to have fired only in the run after of <%s> and "
                        + "<%s / at fifty there is no ticket> but the rules that did were:%n  (none)", SEVENTY, SEVENTY));
        assertThatThrownBy(() -> assertThat(AT_FIFTY).partsOn("2024-01-02"))
                .hasMessageContaining("to part on 2024-01-02 but they part on 2024-01-01");
        assertThatThrownBy(() -> assertThat(AT_FIFTY).hasNoChanges()).hasMessageContaining("  - Ticket{");
    }

    @Test
    void twoScenariosBuiltInJavaCompareFieldByField() {
        Scenario sixty = trip("sixty in town", 60);
        Scenario seventy = trip("seventy in town", 70);

        Delta delta = TRAFFIC.diff(sixty, seventy);

        assertThat(delta).changed("Ticket", "excessKmh", 10, 20).partsOn(LocalDate.of(2024, 1, 1));
        assertThat(TRAFFIC.diff(sixty, trip("sixty again", 60))).hasNoChanges();
        assertThatThrownBy(() -> assertThat(delta).changed("Ticket", "excessKmh", 10, 30))
                .hasMessageContaining("Ticket{road: TOWN, limitKmh: 50, excessKmh: 10}: excessKmh 10 -> 20");
    }

    @Test
    void aScenarioUnderTwoRuleBooks() {
        WhatIf stricter = WhatIf.rules(Path.of("src/test/resources/fixtures/cli/reform/draft"));

        Delta delta = TRAFFIC.diffAgainst(stricter, WHAT_IF, SEVENTY + " / at fifty there is no ticket");

        assertThat(delta).hasStatuses(Status.PASSED, Status.FAILED)
                .appeared("Ticket").with("limitKmh", 40).with("excessKmh", 10).concludedBy("town speed limit of 40")
                .and().startedFiring("town speed limit of 40");
    }

    @Test
    void aScenarioIsNoVariant() {
        assertThatThrownBy(() -> TRAFFIC.diff(WHAT_IF, SEVENTY)).hasMessageContaining("is a scenario, not a variant");
        assertThatThrownBy(() -> TRAFFIC.diff(WHAT_IF, SEVENTY + " / at fifty")).hasMessageContaining("did you mean");
    }

    private static Scenario trip(String name, int speed) {
        return ScenarioBuilder.named(name).asOf(LocalDate.of(2024, 1, 1))
                .given("Trip", Map.of("road", "TOWN", "speedKmh", speed)).expectCount("Ticket", 1).build();
    }
}
