package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.report.Reports.at;
import static whatif.report.Reports.outcome;
import static whatif.report.Reports.rejected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.run.Status;
import whatif.scenario.RejectedScenario;

class JsonReporterTest {
    @Test
    void theSummaryCountsEveryScenarioAndTheRejectedAreListedWithTheirProblems() throws Exception {
        RejectedScenario badDate = rejected("a bad date", at("b.yaml", 3), "`2024-13-01` is not a date");
        RunReport report = new RunReport(badDate.diagnostics(), List.of(outcome("passes", at("a.yaml", 1), Status.PASSED)),
                List.of(badDate), List.of(Path.of("c.yaml")), 0, true);
        StringWriter text = new StringWriter();

        new JsonReporter().report(report, new PrintWriter(text));
        JsonNode json = new ObjectMapper().readTree(text.toString());

        assertThat(json.get("summary").toString()).isEqualTo("{\"scenarios\":2,\"passed\":1,\"failed\":0,\"errors\":0,"
                + "\"invalid\":1,\"notRun\":0,\"unreadableFiles\":1,\"rulesCompiled\":true}");
        assertThat(json.get("unreadable").toString()).isEqualTo("[\"c.yaml\"]");
        assertThat(json.get("diagnostics")).isEmpty();
        JsonNode rejectedEntry = json.get("scenarios").get(1);
        assertThat(rejectedEntry.get("name").asText()).isEqualTo("a bad date");
        assertThat(rejectedEntry.get("status").asText()).isEqualTo("invalid");
        assertThat(rejectedEntry.get("line").asInt()).isEqualTo(3);
        assertThat(rejectedEntry.get("diagnostics").get(0).get("message").asText()).isEqualTo("`2024-13-01` is not a date");
        assertThat(rejectedEntry.get("expectations")).isEmpty();
    }
}
