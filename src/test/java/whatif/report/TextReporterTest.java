package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.report.Reports.at;
import static whatif.report.Reports.outcome;
import static whatif.report.Reports.rejected;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.run.Status;
import whatif.scenario.RejectedScenario;

/** The text report fed by hand, as OPA tests its {@code PrettyReporter} with fixed results. */
class TextReporterTest {
    private static String print(RunReport report) {
        StringWriter text = new StringWriter();
        new TextReporter(new SourceLines()).report(report, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void aRejectedScenarioIsListedAsInvalidWithItsProblemAndCounted() {
        RejectedScenario unnamed = rejected("", at("b.yaml", 2), "a scenario needs a `name:`");
        RunReport report = new RunReport(unnamed.diagnostics(), List.of(outcome("passes", at("a.yaml", 1), Status.PASSED)),
                List.of(unnamed), List.of(Path.of("c.yaml")), 0, true);

        String shown = print(report);

        assertThat(shown).isEqualTo("""
                PASS    passes  (a.yaml:1:7)
                INVALID (no name)  (b.yaml:2:7)

                error[WI0205]: a scenario needs a `name:`
                 --> b.yaml:2:7


                1 problem in the input; see above
                2 scenarios: 1 passed, 0 failed, 0 errors, 1 invalid; 1 file could not be read
                """);
    }

    @Test
    void aNameOrAValueFromAFileCannotForgeOrHideALine() {
        RunReport report = new RunReport(List.of(), List.of(
                outcome("x\nPASS    forged", at("a.yaml", 1), Status.FAILED),
                outcome("\u001b[2Jcleared\rPASS", at("a.yaml", 9), Status.ERROR)), List.of(), List.of(), 0, true);

        String shown = print(report);

        assertThat(shown.lines()).filteredOn(line -> line.startsWith("PASS")).isEmpty();
        assertThat(shown).contains("FAIL    x\\nPASS    forged  (a.yaml:1:7)")
                .contains("ERROR   \\u001b[2Jcleared\\rPASS  (a.yaml:9:7)")
                .doesNotContain("\r").doesNotContain("\u001b");
    }
}
