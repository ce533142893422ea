package whatif.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class WhatIfTestEngineTest {
    private static final String FIXTURES = "src/test/resources/fixtures/cli/";
    private static final String TRAFFIC_RULES = FIXTURES + "traffic/rules";

    private static EngineTestKit.Builder engine(String rules) {
        return EngineTestKit.engine(WhatIfTestEngine.ID).configurationParameter("whatif.rules", rules);
    }

    @Test
    void everyScenarioOfAFolderIsATestNamedAfterIt() {
        Events tests = engine(TRAFFIC_RULES).selectors(selectDirectory(FIXTURES + "traffic/scenarios"))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        tests.assertThatEvents().haveExactly(1,
                event(test(), displayName("sixty in town earns a ticket of ten"), finishedSuccessfully()));
    }

    @Test
    void eachFileIsAContainerNamedByItsPath() {
        Events containers = engine(TRAFFIC_RULES).selectors(selectDirectory(FIXTURES + "traffic/scenarios"))
                .execute().containerEvents();

        containers.assertThatEvents().haveExactly(1,
                event(container(), displayName(FIXTURES + "traffic/scenarios/town.yaml"), finishedSuccessfully()));
    }

    @Test
    void aFailedExpectationFailsItsTestWithExpectedAndActual() {
        Events tests = engine(TRAFFIC_RULES).selectors(selectFile(FIXTURES + "failing/scenarios/wrong.yaml"))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.failed(1));
        tests.assertThatEvents().haveExactly(1, event(test(), displayName("a wrong expectation"),
                finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(m -> m.contains("wrong.yaml:9:7") && m.contains("expected: Ticket{excessKmh: 15}")
                                && m.contains("actual:   Ticket{road: TOWN, limitKmh: 50, excessKmh: 10}")))));
        AssertionFailedError error = (AssertionFailedError) tests.failed().list().get(0)
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(error.getExpected().getStringRepresentation()).isEqualTo("Ticket{excessKmh: 15}");
    }

    @Test
    void aBrokenScenarioFileFailsWithItsDiagnosticsAndTheOthersStillRun() {
        Events all = engine(TRAFFIC_RULES).selectors(selectDirectory(FIXTURES + "mixed/scenarios")).execute().allEvents();

        all.assertThatEvents().haveExactly(1, event(displayName(FIXTURES + "mixed/scenarios/c-malformed.yaml"),
                finishedWithFailure(message(m -> m.contains("c-malformed.yaml:5:15") && m.contains("WI0201")))));
        all.assertThatEvents().haveExactly(1, event(test(), displayName("an unknown field"),
                finishedWithFailure(message(m -> m.contains("unknown field `sped` in `Trip`")))));
        all.assertThatEvents().haveExactly(1, event(test(), displayName("sixty in town earns a ticket of ten"),
                finishedSuccessfully()));
        all.assertThatEvents().haveExactly(1, event(test(), displayName("sixty in town earns a ticket of ten"),
                finishedWithFailure(message(m -> m.contains("b-duplicate.yaml:1:7: two scenarios are named")
                        && m.contains("the first is at " + FIXTURES + "mixed/scenarios/a-good.yaml:1:7")))));
    }

    @Test
    void rulesThatDoNotCompileFailEveryTestWithTheCompileErrors() {
        Events tests = engine(FIXTURES + "broken-rules/rules").selectors(selectDirectory(FIXTURES + "traffic/scenarios"))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.failed(3));
        tests.assertThatEvents().allMatch(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(r -> r.getThrowable()).map(t -> t.getMessage().contains("speed.drl:10:11")).orElse(true));
    }

    @Test
    void aLoopingRuleFailsItsScenarioWithTheRuleNamed() {
        Events tests = EngineTestKit.engine(WhatIfTestEngine.ID)
                .configurationParameter("whatif.rules", FIXTURES + "runtime/rules")
                .configurationParameter("whatif.maxFirings", "100")
                .selectors(selectDirectory(FIXTURES + "runtime/scenarios")).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).failed(2).succeeded(1));
        tests.assertThatEvents().haveExactly(1, event(test(), displayName("a counter that never stops"),
                finishedWithFailure(message(m -> m.contains("rule `count forever` fired 101 times; a loop?")))));
    }

    @Test
    void aScenarioCanBeSelectedAgainByItsUniqueIdAndPointsAtItsLine() {
        TestDescriptor root = new WhatIfTestEngine().discover(
                org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectDirectory(FIXTURES + "traffic/scenarios")).build(),
                org.junit.platform.engine.UniqueId.forEngine(WhatIfTestEngine.ID));
        TestDescriptor scenario = root.getDescendants().stream()
                .filter(d -> d.getDisplayName().equals("fifty in town is fine")).findFirst().orElseThrow();

        FileSource source = (FileSource) scenario.getSource().orElseThrow();
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(13);
        Events tests = engine(TRAFFIC_RULES).selectors(selectUniqueId(scenario.getUniqueId())).execute().testEvents();
        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(List.of(scenario.getUniqueId().getSegments().get(1).getType(),
                scenario.getUniqueId().getSegments().get(2).getType())).containsExactly("file", "scenario");
    }
}
