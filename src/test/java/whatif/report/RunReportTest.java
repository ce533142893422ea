package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static whatif.report.Reports.at;
import static whatif.report.Reports.outcome;
import static whatif.report.Reports.problem;
import static whatif.report.Reports.rejected;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.run.Status;
import whatif.scenario.RejectedScenario;
import whatif.source.Diagnostic;

class RunReportTest {
    private final RejectedScenario badDate = rejected("a bad date", at("b.yaml", 3), "`2024-13-01` is not a date");
    private final Diagnostic pathProblem = problem(at("missing", 1), "no file or folder `missing`");
    private final RunReport report = new RunReport(
            List.of(pathProblem, badDate.diagnostics().get(0)),
            List.of(outcome("passes", at("a.yaml", 1), Status.PASSED), outcome("fails", at("b.yaml", 9), Status.FAILED),
                    outcome("throws", at("c.yaml", 1), Status.ERROR), outcome("no such type", at("c.yaml", 8), Status.INVALID)),
            List.of(badDate), List.of(Path.of("d.yaml")), 0, true);

    @Test
    void everyScenarioIsCountedTheRejectedAsInvalid() {
        assertThat(report.summary()).isEqualTo(new RunReport.Summary(5, 1, 1, 1, 2, 0, 1));
        assertThat(report.summary().sentence())
                .isEqualTo("5 scenarios: 1 passed, 1 failed, 1 error, 2 invalid; 1 file could not be read");
    }

    @Test
    void scenariosThatCouldNotRunBecauseOfTheRulesAreCountedAsNotRun() {
        RunReport rulesBroken = new RunReport(List.of(pathProblem), List.of(), List.of(badDate), List.of(), 3, false);

        assertThat(rulesBroken.summary().sentence()).isEqualTo("4 scenarios: 0 passed, 0 failed, 0 errors, 1 invalid, 3 not run");
    }

    @Test
    void runAndRejectedScenariosAreListedInFileOrder() {
        assertThat(report.entries()).extracting(ScenarioEntry::name)
                .containsExactly("passes", "a bad date", "fails", "throws", "no such type");
        assertThat(report.entries().get(1).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void theDiagnosticsOfARejectedScenarioGoWithItNotWithTheInput() {
        assertThat(report.inputDiagnostics()).containsExactly(pathProblem);
        assertThat(report.diagnostics()).hasSize(2);
    }

    @Test
    void aRejectedScenarioOrAnUnreadableFileIsAnInputError() {
        RunReport rejectedOnly = new RunReport(List.of(), List.of(), List.of(badDate), List.of(), 0, true);
        RunReport unreadableOnly = new RunReport(List.of(), List.of(), List.of(), List.of(Path.of("d.yaml")), 0, true);

        assertThat(rejectedOnly.hasInputErrors()).isTrue();
        assertThat(unreadableOnly.hasInputErrors()).isTrue();
        assertThat(new RunReport(List.of(), List.of(), List.of(), List.of(), 0, true).hasInputErrors()).isFalse();
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new RunReport.Summary(3, 1, 1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
