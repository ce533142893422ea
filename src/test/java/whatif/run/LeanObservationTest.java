package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/**
 * The lean observation of {@link PointEvaluator#observe} against the full outcome of a new session,
 * over a grid of the missile policy ({@code rules/}): dates around each version's start, ranges and
 * payloads around each limit, every kind of system, both purposes. One evaluator walks the grid in
 * three orders, so its kept base meets every date change, forwards and back.
 */
class LeanObservationTest {
    private static final RuleBook POLICY = RuleBookCompiler.compileFolder(Path.of("rules")).ruleBook().orElseThrow();
    private static final List<String> OBSERVED = List.of("Verdict.value", "Verdict.version", "Verdict.cause",
            "Violation.limit", "Violation.allowed", "Violation.excess", "OpenQuestion.cause", "Figure.measure", "Figure.max");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(1979, 8, 1), LocalDate.of(1979, 9, 15),
            LocalDate.of(1990, 1, 1), LocalDate.of(2001, 1, 16), LocalDate.of(2001, 1, 17), LocalDate.of(2012, 10, 7),
            LocalDate.of(2015, 6, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 8, 1), LocalDate.of(2021, 5, 22));

    private static PreparedScenario prepared;
    private static List<List<PointValue>> grid;
    private static Map<List<PointValue>, List<List<Object>>> expected;

    @BeforeAll
    static void runTheGridInNewSessions() {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("id", "p");
        proposal.put("kind", "BALLISTIC_MISSILE");
        proposal.put("rangeKm", 0);
        proposal.put("payloadKg", 0);
        proposal.put("purpose", "DEPLOYMENT");
        Scenario scenario = ScenarioBuilder.named("a proposal").asOf(LocalDate.of(2000, 1, 1))
                .given("Proposal", proposal).expectCount("Verdict", 1).build();
        prepared = PreparedScenario.prepare(POLICY, scenario).prepared().orElseThrow();
        Input asOf = prepared.input("asOf");
        Input range = prepared.input("Proposal.rangeKm");
        Input payload = prepared.input("Proposal.payloadKg");
        Input kind = prepared.input("Proposal.kind");
        Input purpose = prepared.input("Proposal[id=p].purpose");
        grid = new ArrayList<>();
        for (LocalDate date : DATES) {
            for (int r : new int[] {150, 180, 300, 500, 800, 1000}) {
                for (int p : new int[] {400, 500, 1000, 2000}) {
                    for (String k : new String[] {"BALLISTIC_MISSILE", "CRUISE_MISSILE", "UAV", "SPACE_LAUNCH_VEHICLE"}) {
                        for (String u : new String[] {"DEPLOYMENT", "RESEARCH"}) {
                            grid.add(List.of(asOf.set(date), range.set(r), payload.set(p), kind.parse(k), purpose.parse(u)));
                        }
                    }
                }
            }
        }
        expected = new LinkedHashMap<>();
        for (List<PointValue> point : grid) {
            expected.put(point, fromFacts(inNewSession(prepared.scenarioAt(point))));
        }
    }

    private static Outcome inNewSession(Scenario scenario) {
        Plan plan = ScenarioBinder.bind(scenario, POLICY).plan().orElseThrow();
        return new Execution(POLICY, plan, RunOptions.defaults(), Execution.EndProbe.NONE,
                () -> new ReusableSession(POLICY.kieBase())).run();
    }

    /** The observed fields from the facts a full run reports, in the order Observation promises. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<List<Object>> fromFacts(Outcome outcome) {
        assertThat(outcome.error()).isEmpty();
        Comparator<Object> value = Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b));
        List<List<Object>> values = new ArrayList<>();
        OBSERVED.forEach(o -> values.add(new ArrayList<>()));
        for (String type : new TreeSet<>(OBSERVED.stream().map(o -> o.substring(0, o.indexOf('.'))).toList())) {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < OBSERVED.size(); i++) {
                if (OBSERVED.get(i).startsWith(type + ".")) {
                    columns.add(i);
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (FactView fact : outcome.factsOfType(type)) {
                List<Object> row = new ArrayList<>();
                columns.forEach(c -> row.add(fact.values().get(OBSERVED.get(c).substring(type.length() + 1))));
                rows.add(row);
            }
            rows.sort((a, b) -> {
                for (int k = 0; k < a.size(); k++) {
                    int by = value.compare(a.get(k), b.get(k));
                    if (by != 0) {
                        return by;
                    }
                }
                return 0;
            });
            rows.forEach(row -> {
                for (int k = 0; k < columns.size(); k++) {
                    values.get(columns.get(k)).add(row.get(k));
                }
            });
        }
        return values;
    }

    private static void assertLeanAgrees(List<List<PointValue>> order) {
        try (PointEvaluator evaluator = prepared.newEvaluator(RunOptions.defaults(), OBSERVED.stream().map(prepared::observed).toList())) {
            for (List<PointValue> point : order) {
                Observation observation = evaluator.observe(point);
                assertThat(observation.error()).as(point.toString()).isEmpty();
                assertThat(observation.values()).as("%s", point).isEqualTo(expected.get(point));
            }
        }
    }

    @Test
    void theGridMeetsEveryVerdictAndSeveralFactsOfOneType() {
        Set<Object> verdicts = new TreeSet<>(Comparator.comparing(Object::toString));
        expected.values().forEach(v -> verdicts.addAll(v.get(0)));
        assertThat(verdicts).extracting(Object::toString)
                .containsExactly("NOT_PERMITTED", "NO_RESTRICTION", "PERMITTED", "UNDETERMINED");
        assertThat(expected.values()).anySatisfy(v -> assertThat(v.get(7)).hasSizeGreaterThan(1));
    }

    @Test
    void leanAgreesWithNewSessionsInGridOrder() {
        assertLeanAgrees(grid);
    }

    @Test
    void andInReverse() {
        List<List<PointValue>> reversed = new ArrayList<>(grid);
        Collections.reverse(reversed);
        assertLeanAgrees(reversed);
    }

    @Test
    void andShuffledSoThatTheDateChangesAtEveryPoint() {
        List<List<PointValue>> shuffled = new ArrayList<>(grid);
        Collections.shuffle(shuffled, new Random(7));
        assertLeanAgrees(shuffled);
    }

    @Test
    void theFullRunOfAPointIsTheRunnersRunOfTheScenarioWithItsValues() {
        ScenarioRunner runner = new ScenarioRunner();
        try (PointEvaluator evaluator = prepared.newEvaluator(RunOptions.defaults(), List.of())) {
            for (int i = 0; i < grid.size(); i += 37) {
                List<PointValue> point = grid.get(i);
                assertThat(evaluator.run(point)).isEqualTo(runner.run(POLICY, prepared.scenarioAt(point)));
            }
        }
    }
}
