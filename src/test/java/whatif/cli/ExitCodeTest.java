package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.report.RunReport;
import whatif.scenario.RejectedScenario;
import whatif.source.Span;

/** Exit codes of reports without outcomes: what only the counts can tell. */
class ExitCodeTest {
    private static final RejectedScenario REJECTED = new RejectedScenario("x", Span.wholeFile(Path.of("a.yaml")), List.of());

    @Test
    void aRejectedScenarioAloneIsAnInputError() {
        assertThat(ExitCode.of(new RunReport(List.of(), List.of(), List.of(REJECTED), List.of(), 0, true)))
                .isEqualTo(ExitCode.INPUT);
    }

    @Test
    void anUnreadableFileAloneIsAnInputError() {
        assertThat(ExitCode.of(new RunReport(List.of(), List.of(), List.of(), List.of(Path.of("b.yaml")), 0, true)))
                .isEqualTo(ExitCode.INPUT);
    }

    @Test
    void nothingReadIsAnInputErrorNotAPass() {
        assertThat(ExitCode.of(new RunReport(List.of(), List.of(), List.of(), List.of(), 0, true))).isEqualTo(ExitCode.INPUT);
    }

    @Test
    void aBugInWhatifWhileRunningOneScenarioIsExitThreeEvenBesideAPass() {
        whatif.scenario.Scenario scenario = whatif.scenario.ScenarioBuilder.named("s")
                .asOf(java.time.LocalDate.of(2024, 1, 1)).build();
        whatif.run.Outcome passed = new whatif.run.Outcome(scenario, whatif.run.Status.PASSED, List.of(), List.of(),
                List.of(), java.util.Optional.empty(), List.of());
        whatif.run.Outcome bug = new whatif.run.Outcome(scenario, whatif.run.Status.ERROR, List.of(), List.of(), List.of(),
                java.util.Optional.of(new whatif.run.RunError("internal error in whatif: x", "", "", java.util.Optional.empty(), true)),
                List.of());

        assertThat(ExitCode.of(new RunReport(List.of(), List.of(passed, bug), List.of(), List.of(), 0, true)))
                .isEqualTo(ExitCode.INTERNAL);
    }
}
