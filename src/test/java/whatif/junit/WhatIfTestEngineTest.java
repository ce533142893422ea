package whatif.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import whatif.rulebook.CacheLocation;

/**
 * The engine end to end, through the Platform's test kit, on the toy library domain under
 * {@code fixtures/junit/}: late loans earn fines, fines of ten or more suspend.
 */
class WhatIfTestEngineTest {
    private static final String FIXTURES = "src/test/resources/fixtures/junit/";
    private static final String LIBRARY_RULES = FIXTURES + "library/rules";
    private static final String LOANS = FIXTURES + "library/scenarios/loans.yaml";

    /*
     * The fixtures are broken on purpose, and the Platform logs every discovery issue of every
     * test-kit run as a WARNING with its `error[...]`: a green build would read like a red one.
     * The tests here read the issues from the test kit instead. Only for this class, so the real
     * scenario suite's issues (whatif.ScenarioFilesTest) are still logged. Held in a field, as
     * java.util.logging keeps loggers only weakly and would forget the level.
     */
    private static final Logger DISCOVERY_ISSUE_LOG =
            Logger.getLogger("org.junit.platform.launcher.core.DiscoveryIssueNotifier");
    private static Level issueLevelBefore;

    @BeforeAll
    static void silenceTheFixturesDiscoveryIssues() {
        issueLevelBefore = DISCOVERY_ISSUE_LOG.getLevel();
        DISCOVERY_ISSUE_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void logDiscoveryIssuesAgain() {
        DISCOVERY_ISSUE_LOG.setLevel(issueLevelBefore);
    }

    private static EngineTestKit.Builder whatif(String rules, DiscoverySelector... selectors) {
        return EngineTestKit.engine(WhatIfTestEngine.ID).configurationParameter(WhatIfTestEngine.RULES, rules)
                .selectors(selectors);
    }

    private static Throwable thrown(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    private static Throwable failureOf(Events events, String displayName) {
        return thrown(events.failed().filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("no failure of `" + displayName + "`")));
    }

    @Test
    void everyScenarioOfAFolderIsATestNamedAfterItInAContainerNamedByItsFile() {
        EngineExecutionResults results = whatif(LIBRARY_RULES, selectDirectory(FIXTURES + "library/scenarios")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        results.testEvents().assertThatEvents().haveExactly(1,
                event(test(), displayName("a book four days late costs two"), finishedSuccessfully()));
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName(LOANS), finishedSuccessfully()))
                .haveExactly(1, event(container(), displayName(FIXTURES + "library/scenarios/suspension.yaml"),
                        finishedSuccessfully()));
    }

    @Test
    void eachVariantIsATestOfItsOwnThatAnIdOrALineSelects() {
        String rules = "src/test/resources/fixtures/cli/reform/rules";
        String file = "src/test/resources/fixtures/cli/reform/scenarios/variants.yaml";
        String atForty = "sixty in town earns a ticket of ten / at forty there is no ticket";

        Events tests = whatif(rules, selectFile(file)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(5).succeeded(5));
        Event forty = tests.started().filter(e -> e.getTestDescriptor().getDisplayName().equals(atForty)).findFirst().orElseThrow();
        assertThat(forty.getTestDescriptor().getSource()).contains(FileSource.from(new File(file), FilePosition.from(14, 15)));
        UniqueId id = forty.getTestDescriptor().getUniqueId();
        assertThat(UniqueId.parse(id.toString())).as("the ` / ` in the name survives the id's own `/`").isEqualTo(id);
        whatif(rules, selectUniqueId(id)).execute().testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName(atForty), finishedSuccessfully()))
                .hasSize(2);
        whatif(rules, selectFile(file, org.junit.platform.engine.discovery.FilePosition.from(16))).execute().testEvents()
                .assertThatEvents().haveExactly(1, event(test(), displayName(atForty), finishedSuccessfully())).hasSize(2);
    }

    @Test
    void aFailedExpectationFailsWithWhereItIsWrittenExpectedAndActual() {
        Events tests = whatif(LIBRARY_RULES, selectDirectory(FIXTURES + "failing/scenarios")).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).failed(2));
        tests.assertThatEvents().haveExactly(1, event(test(), displayName("a fine expected too high"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m ->
                        m.contains("not held: a fact Fine{amount: 3}  (" + FIXTURES + "failing/scenarios/wrong.yaml:12:11")
                                && m.contains("expected: Fine{amount: 3}")
                                && m.contains("actual:   Fine{item: Dune, kind: BOOK, amount: 2}")))));
        AssertionFailedError one = (AssertionFailedError) failureOf(tests, "a fine expected too high");
        assertThat(one.getExpected().getStringRepresentation()).isEqualTo("Fine{amount: 3}");
        assertThat(one.getActual().getStringRepresentation()).isEqualTo("Fine{item: Dune, kind: BOOK, amount: 2}");
        assertThat(one.getStackTrace()[0]).hasToString("✽.a fine expected too high(" + FIXTURES + "failing/scenarios/wrong.yaml:12)");
    }

    @Test
    void severalFailedExpectationsAreAllListedWithoutADiff() {
        Events tests = whatif(LIBRARY_RULES, selectFile(FIXTURES + "failing/scenarios/wrong.yaml")).execute().testEvents();

        AssertionFailedError two = (AssertionFailedError) failureOf(tests, "two expectations that do not hold");
        assertThat(two.isExpectedDefined()).isFalse();
        assertThat(two.getMessage())
                .contains("wrong.yaml:23:16", "expected: 2", "actual:   1")
                .contains("not held: rule `late dvd` fired", "wrong.yaml:22:15", "actual:   fired: late book");
    }

    @Test
    void aBrokenFileFailsWithItsDiagnosticsWhileTheScenariosItCouldReadRun() {
        Events all = whatif(LIBRARY_RULES, selectDirectory(FIXTURES + "invalid/scenarios")).execute().allEvents();
        String invalid = FIXTURES + "invalid/scenarios/";

        assertThat(failureOf(all, invalid + "b-malformed.yaml")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("the scenario file `" + invalid + "b-malformed.yaml` has problems")
                .hasMessageContaining(invalid + "b-malformed.yaml:5:10: error[WI0201]: malformed YAML");
        assertThat(failureOf(all, invalid + "d-partly-broken.yaml"))
                .hasMessageContaining(invalid + "d-partly-broken.yaml:15:11: error[WI0205]: `2024-02-30` is not a date");
        all.assertThatEvents()
                .haveExactly(1, event(test(), displayName("a book two days late costs one"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("a DVD one day late costs two"), finishedSuccessfully()));
    }

    @Test
    void aScenarioThatDoesNotFitTheRulesFailsWithTheDiagnostic() {
        Events tests = whatif(LIBRARY_RULES, selectFile(FIXTURES + "invalid/scenarios/c-unknown-field.yaml"))
                .execute().testEvents();

        assertThat(failureOf(tests, "a misspelled field")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("c-unknown-field.yaml:8:5: error[WI0207]: unknown field `dayLate` in `Loan`")
                .hasMessageContaining("hint: did you mean `daysLate`?");
    }

    @Test
    void theSecondScenarioOfANameFailsWithThePlaceOfTheFirst() {
        Events tests = whatif(LIBRARY_RULES, selectDirectory(FIXTURES + "invalid/scenarios")).execute().testEvents();

        tests.assertThatEvents().haveExactly(1, event(test(), displayName("a DVD one day late costs two"),
                finishedWithFailure(instanceOf(InvalidInput.class), message(m ->
                        m.contains("e-duplicate.yaml:2:7: error[WI0209]: two scenarios are named `a DVD one day late costs two`")
                                && m.contains("the first is at " + FIXTURES + "invalid/scenarios/a-good.yaml:2:7")))));
    }

    @Test
    void fileProblemsAreAlsoDiscoveryIssuesAtTheirPlace() {
        List<DiscoveryIssue> issues = whatif(LIBRARY_RULES, selectDirectory(FIXTURES + "invalid/scenarios"))
                .discover().getDiscoveryIssues();

        assertThat(issues).filteredOn(i -> i.message().contains("WI0201")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            FileSource source = (FileSource) issue.source().orElseThrow();
            assertThat(source.getFile()).isEqualTo(new File(FIXTURES + "invalid/scenarios/b-malformed.yaml").getCanonicalFile());
            assertThat(source.getPosition()).contains(FilePosition.from(5, 10));
        });
    }

    @Test
    void rulesThatDoNotCompileFailEveryScenarioWithTheCompileErrors() {
        Events tests = whatif(FIXTURES + "broken-rules/rules", selectDirectory(FIXTURES + "broken-rules/scenarios"))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).failed(2));
        assertThat(tests.failed().map(WhatIfTestEngineTest::thrown)).allSatisfy(error -> assertThat(error)
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("the rules in `" + FIXTURES + "broken-rules/rules` do not compile")
                .hasMessageContaining("fines.drl:32:29: error[WI0105]: type `Loan` has no field `daysLat`"));
    }

    @Test
    void aLoopingOrThrowingRuleIsAnErrorThatNamesTheRule() {
        Events tests = whatif(FIXTURES + "looping/rules", selectDirectory(FIXTURES + "looping/scenarios"))
                .configurationParameter(WhatIfTestEngine.MAX_FIRINGS, "50")
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).failed(2).succeeded(1));
        Throwable loop = failureOf(tests, "a renewal that renews itself forever");
        assertThat(loop).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("rule `renew again` fired 51 times; a loop?")
                .hasMessageContaining("= hint: a rule that modifies a fact its own conditions match re-fires");
        // The trace leads to the rule at fault, then to the scenario.
        assertThat(loop.getStackTrace()).extracting(StackTraceElement::toString).containsExactly(
                "✽.a renewal that renews itself forever(" + FIXTURES + "looping/rules/renewals.drl:10)",
                "✽.a renewal that renews itself forever(" + FIXTURES + "looping/scenarios/renewals.yaml:2)");
        assertThat(failureOf(tests, "a fine split among no member")).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("rule `split the fine` threw ArithmeticException: / by zero on 2024-03-01");
    }

    @Test
    void aMaxFiringsThatIsNoNumberFailsTheEngineSayingSo() {
        EngineExecutionResults results = whatif(FIXTURES + "looping/rules", selectDirectory(FIXTURES + "looping/scenarios"))
                .configurationParameter(WhatIfTestEngine.MAX_FIRINGS, "many").execute();
        Events all = results.allEvents();

        all.assertThatEvents().haveExactly(1, event(engine(), finishedWithFailure(message(m -> m.contains(
                "configuration parameter `whatif.maxFirings` must be a whole number of at least 1, got `many`")))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    @Test
    void aConsequenceThatNeverReturnsFailsItsTestAtTheTimeoutAndTheOthersStillRun() {
        String stuck = "src/test/resources/fixtures/cli/stuck/";
        Events tests = whatif(stuck + "rules", selectDirectory(stuck + "scenarios"))
                .configurationParameter(WhatIfTestEngine.TIMEOUT_SECONDS, "1")
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).failed(2).succeeded(1));
        assertThat(failureOf(tests, "a consequence that never returns")).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("the scenario did not finish within 1 s: rule `wait forever` was still running");
    }

    @Test
    void idsSegmentsAndSourcesLeadBackToTheFileAndLine() throws Exception {
        TestDescriptor root = whatif(LIBRARY_RULES, selectFile(LOANS)).discover().getEngineDescriptor();
        TestDescriptor file = root.getChildren().iterator().next();
        TestDescriptor scenario = file.getChildren().stream()
                .filter(d -> d.getDisplayName().equals("a book on time costs nothing")).findFirst().orElseThrow();

        assertThat(scenario.getUniqueId()).isEqualTo(UniqueId.forEngine("whatif").append("file", LOANS)
                .append("scenario", "a book on time costs nothing"));
        assertThat(file.getSource()).contains(FileSource.from(new File(LOANS)));
        assertThat(scenario.getSource()).contains(FileSource.from(new File(LOANS), FilePosition.from(16, 11)));
        assertThat(root.getChildren()).hasSize(1);
        assertThat(file.getChildren()).extracting(TestDescriptor::getDisplayName)
                .containsExactly("a book four days late costs two", "a book on time costs nothing");
    }

    @Test
    void aScenarioSelectedByItsIdRunsAlone() {
        UniqueId id = UniqueId.forEngine("whatif").append("file", LOANS).append("scenario", "a book on time costs nothing");

        Events tests = whatif(LIBRARY_RULES, selectUniqueId(id)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
        tests.assertThatEvents().haveExactly(1,
                event(test(), displayName("a book on time costs nothing"), finishedSuccessfully()));
    }

    @Test
    void aScenarioSelectedByIdAndThenItsWholeFileRunsEveryScenarioOnce() {
        UniqueId id = UniqueId.forEngine("whatif").append("file", LOANS).append("scenario", "a book on time costs nothing");

        Events tests = whatif(LIBRARY_RULES, selectUniqueId(id), selectFile(LOANS)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void anIdOfAScenarioNoLongerThereRunsNothingAndSaysWhy() {
        UniqueId id = UniqueId.forEngine("whatif").append("file", LOANS).append("scenario", "a book four days late costs tow");

        EngineTestKit.Builder kit = whatif(LIBRARY_RULES, selectUniqueId(id));

        assertThat(kit.discover().getDiscoveryIssues()).extracting(DiscoveryIssue::message).contains(
                "no scenario named `a book four days late costs tow` in `" + LOANS
                        + "`; did you mean `a book four days late costs two`?");
        kit.execute().testEvents().assertStatistics(stats -> stats.started(0));
    }

    @Test
    void aFileSelectedAtALineRunsTheScenarioWrittenThere() {
        Events tests = whatif(LIBRARY_RULES, selectFile(LOANS, org.junit.platform.engine.discovery.FilePosition.from(20))).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
        tests.assertThatEvents().haveExactly(1,
                event(test(), displayName("a book on time costs nothing"), finishedSuccessfully()));
    }

    @Test
    void scenarioFilesAreFoundAsClasspathResourcesToo() {
        Events tests = whatif(LIBRARY_RULES, selectClasspathResource("fixtures/junit/library/scenarios"))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void aFolderWithoutScenariosFailsRatherThanPassingSilently() {
        Events tests = whatif(LIBRARY_RULES, selectDirectory(FIXTURES + "empty/scenarios"), selectDirectory(FIXTURES + "nowhere"))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).failed(2));
        Event empty = tests.failed().filter(e -> e.getTestDescriptor().getDisplayName()
                .equals("no scenario found in `" + FIXTURES + "empty/scenarios`")).findFirst().orElseThrow();
        assertThat(empty.getTestDescriptor().getSource())
                .contains(DirectorySource.from(new File(FIXTURES + "empty/scenarios")));
        assertThat(thrown(empty)).isInstanceOf(InvalidInput.class).hasMessageContaining("error[WI0302]");
        assertThat(failureOf(tests, "no file or folder `" + FIXTURES + "nowhere`"))
                .hasMessageContaining("error[WI0301]");
    }

    @Test
    void otherFilesAndOtherEnginesIdsAreLeftAlone() {
        TestDescriptor root = whatif(LIBRARY_RULES, selectFile(FIXTURES + "library/rules/fines.drl"),
                selectUniqueId(UniqueId.forEngine("junit-jupiter").append("file", LOANS))).discover().getEngineDescriptor();

        assertThat(root.getChildren()).isEmpty();
    }

    @Test
    void theCompiledRulesAreKeptInTheCacheTheEnvironmentNamesAndReadBackNextTime(@TempDir Path dir) throws IOException {
        Path cache = CacheLocation.ofEnvironment()
                .orElseThrow(() -> new AssertionError("the build names the tests' cache in WHATIF_CACHE_DIR"));
        // Rules of their own path, so that their entry is new whatever ran before.
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of(LIBRARY_RULES, "fines.drl"), rules.resolve("fines.drl"));
        Set<Path> before = entries(cache);

        whatif(rules.toString(), selectDirectory(FIXTURES + "library/scenarios")).execute()
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        Set<Path> kept = entries(cache);
        kept.removeAll(before);
        assertThat(kept).hasSize(1);
        Path entry = kept.iterator().next();
        Files.setLastModifiedTime(entry, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));

        whatif(rules.toString(), selectDirectory(FIXTURES + "library/scenarios")).execute()
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        // A rule book read from the cache is marked used: its entry is the one the second run read.
        assertThat(Files.getLastModifiedTime(entry).toInstant()).isAfter(Instant.parse("2001-01-01T00:00:00Z"));
    }

    private static Set<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return new HashSet<>();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rulebook")).collect(Collectors.toCollection(HashSet::new));
        }
    }
}
