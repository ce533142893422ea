package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import whatif.rulebook.RuleBookCompiler;
import whatif.rulebook.RuleInfo;

/**
 * The JSON Schema of the run report ({@code whatif/report.schema.json}) holds for real reports of
 * every kind, the missile policy's with its coverage among them, and refuses what a report never
 * holds, so that it documents the format rather than accepting anything.
 */
class RunJsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("traffic/rules", "traffic/scenarios", List.of("--coverage", fixture("failing/scenarios"))),
                Arguments.of("traffic/rules", "mixed/scenarios", List.of()),
                Arguments.of("broken-rules/rules", "traffic/scenarios", List.of("--coverage")),
                Arguments.of("runtime/rules", "runtime/scenarios", List.of("--min-coverage", "100", "--max-firings", "200")),
                Arguments.of("markup/rules", "markup/scenarios", List.of("--coverage")),
                Arguments.of("injection/rules", "injection/scenarios", List.of("--min-coverage", "12.5")));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("reports")
    void everyKindOfReportIsValid(String rules, String scenarios, List<String> options) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--rules", fixture(rules), "--format", "json", fixture(scenarios)));
        args.addAll(options);
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isIn(ExitCode.OK, ExitCode.FAILED, ExitCode.INPUT);
        assertThat(problems(JSON.readTree(run.out()))).isEmpty();
    }

    @Test
    void theMissilePolicysReportWithCoverageIsValidAndListsEveryRuleOfTheBook() throws IOException {
        JsonNode report = JSON.readTree(PolicyReport.jsonWithCoverage().out());
        List<String> rules = RuleBookCompiler.compileFolder(Path.of("rules")).ruleBook().orElseThrow().rules().stream()
                .map(RuleInfo::name).toList();

        assertThat(problems(report)).isEmpty();
        List<String> listed = new ArrayList<>();
        report.get("coverage").get("byRule").forEach(rule -> listed.add(rule.get("rule").asText()));
        assertThat(listed).containsExactlyElementsOf(rules);
        assertThat(report.get("coverage").get("rules").asInt()).isEqualTo(rules.size());
    }

    @Test
    void theSchemaRefusesWhatAReportNeverHolds() throws IOException {
        CliRun run = CliRun.of("run", "--rules", fixture("traffic/rules"), "--format", "json", "--min-coverage", "10",
                fixture("failing/scenarios"));
        ObjectNode valid = (ObjectNode) JSON.readTree(run.out());
        assertThat(problems(valid)).isEmpty();

        ObjectNode unknownStatus = valid.deepCopy();
        ((ObjectNode) unknownStatus.get("scenarios").get(0)).put("status", "skipped");
        ObjectNode unknownKey = valid.deepCopy();
        unknownKey.put("timings", 12);
        ObjectNode noSummary = valid.deepCopy();
        noSummary.remove("summary");
        ObjectNode minimumWithoutVerdict = valid.deepCopy();
        ((ObjectNode) minimumWithoutVerdict.get("coverage")).remove("meetsMinimum");
        ObjectNode badDate = valid.deepCopy();
        ((ObjectNode) badDate.get("scenarios").get(0).get("fired").get(0)).put("on", "1 January 2024");

        assertThat(List.of(unknownStatus, unknownKey, noSummary, minimumWithoutVerdict, badDate))
                .allSatisfy(report -> assertThat(problems(report)).isNotEmpty());
    }

    private static Set<ValidationMessage> problems(JsonNode report) {
        return SCHEMA.validate(report);
    }

    private static JsonSchema schema() {
        try (InputStream in = RunJsonSchemaTest.class.getResourceAsStream("/whatif/report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
