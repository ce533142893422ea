package whatif.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The engine's coverage parameters on the library fixture's three rules: the report written once
 * every scenario has ran, and the minimum that fails the engine though every scenario passed.
 */
class WhatIfTestEngineCoverageTest {
    private static final String LIBRARY = "src/test/resources/fixtures/junit/library/";
    /** Fires `late book` only: one rule of three. */
    private static final String LOANS = LIBRARY + "scenarios/loans.yaml";

    private static EngineTestKit.Builder whatif(DiscoverySelector selector) {
        return EngineTestKit.engine(WhatIfTestEngine.ID).configurationParameter(WhatIfTestEngine.RULES, LIBRARY + "rules")
                .selectors(selector);
    }

    @Test
    void theCoverageOfEveryScenarioRunIsWrittenAsJsonOnceTheyHaveRun(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("reports/coverage.json");
        EngineExecutionResults results = whatif(selectDirectory(LIBRARY + "scenarios"))
                .configurationParameter(WhatIfTestEngine.COVERAGE_REPORT, report.toString()).execute();

        results.allEvents().assertThatEvents().haveExactly(1, event(engine(), finishedSuccessfully()));
        JsonNode coverage = new ObjectMapper().readTree(report.toFile());
        List<String> rules = new ArrayList<>();
        coverage.get("byRule").forEach(rule -> rules.add(rule.get("rule").asText() + " <- " + rule.get("firedBy")));
        assertThat(rules).containsExactly(
                "late book <- [\"a book four days late costs two\"]",
                "late dvd <- [\"six days of a late DVD suspend the member\"]",
                "suspension from ten <- [\"six days of a late DVD suspend the member\"]");
        assertThat(coverage.get("percent").asText()).isEqualTo("100.0");
    }

    @Test
    void aReportNotNamedJsonIsTheTextOfRunCoverage(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("coverage.txt");
        whatif(selectFile(LOANS)).configurationParameter(WhatIfTestEngine.COVERAGE_REPORT, report.toString()).execute();

        assertThat(Files.readString(report))
                .contains("  fired  rule `late book`  (" + LIBRARY + "rules/fines.drl:23:1)  by 1 scenario:")
                .contains("  never  rule `suspension from ten`")
                .endsWith("coverage: 1 of 3 rules fired (33.3%)" + System.lineSeparator() + System.lineSeparator());
    }

    @Test
    void belowTheMinimumTheEngineFailsThoughEveryScenarioPassed(@TempDir Path dir) {
        Path report = dir.resolve("coverage.json");
        EngineExecutionResults results = whatif(selectFile(LOANS))
                .configurationParameter(WhatIfTestEngine.COVERAGE_MINIMUM, "50")
                .configurationParameter(WhatIfTestEngine.COVERAGE_REPORT, report.toString()).execute();

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        results.allEvents().assertThatEvents().haveExactly(1, event(engine(), finishedWithFailure(message(
                "rule coverage is 33.3%, below the minimum of 50%: 2 of 3 rules fired by no scenario "
                        + "(`late dvd`, `suspension from ten`) (configuration parameter `whatif.coverage.minimum`)"))));
        assertThat(report).as("written before the minimum is judged").exists();
    }

    @Test
    void aMinimumReachedPasses() {
        EngineExecutionResults results = whatif(selectDirectory(LIBRARY + "scenarios"))
                .configurationParameter(WhatIfTestEngine.COVERAGE_MINIMUM, "100").execute();

        results.allEvents().assertThatEvents().haveExactly(1, event(engine(), finishedSuccessfully()));
    }

    @Test
    void aMinimumThatIsNoPercentageFailsTheEngineSayingSo() {
        EngineExecutionResults results = whatif(selectFile(LOANS))
                .configurationParameter(WhatIfTestEngine.COVERAGE_MINIMUM, "most").execute();

        results.allEvents().assertThatEvents().haveExactly(1, event(engine(), finishedWithFailure(message(m -> m.contains(
                "configuration parameter `whatif.coverage.minimum` must be a percentage from 0 to 100, got `most`")))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }
}
