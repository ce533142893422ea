package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.FactView;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;

/**
 * The parcels fixture, whose rules break three of its four invariants: what the verifier finds on
 * the fast path is what full runs of the scenario each point stands for give.
 */
class VerifierTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/verify");
    private static RuleBook book;
    private static BoundCheck check;

    @BeforeAll
    static void bind() throws IOException {
        book = RuleBookCompiler.compileFolder(FIXTURE.resolve("rules")).ruleBook().orElseThrow();
        Path verify = FIXTURE.resolve("verify.yaml");
        Check read = VerifySpecParser.parse(Files.readString(verify), verify).checks().get(0);
        Scenario base = ScenarioParser.parse(Files.readString(read.scenarioFile()), read.scenarioFile()).scenarios().get(0);
        CheckBinder.Binding binding = CheckBinder.bind(read, base, book);
        assertThat(binding.diagnostics()).isEmpty();
        check = binding.bound().orElseThrow();
    }

    @Test
    void everyPointIsJudgedAsAFullRunOfItsScenarioWouldJudgeIt() {
        CheckResult result = new Verifier(RunOptions.defaults(), 2, Integer.MAX_VALUE).verify(check);

        ScenarioRunner runner = new ScenarioRunner();
        List<String> expected = new ArrayList<>();
        for (Invariant invariant : check.check().invariants()) {
            if (invariant instanceof PointInvariant point) {
                for (long i = 0; i < check.grid().size(); i++) {
                    List<FactView> facts = runner.run(book, check.scenarioAt(i)).facts();
                    long at = i;
                    point.brokenBy(facts).ifPresent(detail -> expected.add("at " + check.pointText(at, -1) + ": " + detail));
                }
            }
        }
        List<String> found = result.findings().stream().filter(f -> f.invariant() instanceof PointInvariant).map(Finding::detail).toList();
        assertThat(found).hasSize(20).isEqualTo(expected);
        assertThat(result.errors()).isZero();
    }

    @Test
    void aMonotonicityIsFoundOncePerLineBetweenTheLastPointAtTheHighestRankAndTheFall() {
        CheckResult result = new Verifier(RunOptions.defaults(), 1, Integer.MAX_VALUE).verify(check);

        Invariant byWeight = check.check().invariants().get(2);
        List<Finding> falls = result.findings().stream().filter(f -> f.invariant() == byWeight).toList();
        // Lengths 0 to 40 cm rate 40 kg LARGE and 45 kg SMALL ("heavy short parcels"); 50 cm stays LARGE.
        assertThat(falls).extracting(Finding::detail).containsExactly(
                "at Parcel.lengthCm 0: Rate.band is LARGE at Parcel.weightKg 40 but SMALL at 45",
                "at Parcel.lengthCm 10: Rate.band is LARGE at Parcel.weightKg 40 but SMALL at 45",
                "at Parcel.lengthCm 20: Rate.band is LARGE at Parcel.weightKg 40 but SMALL at 45",
                "at Parcel.lengthCm 30: Rate.band is LARGE at Parcel.weightKg 40 but SMALL at 45",
                "at Parcel.lengthCm 40: Rate.band is LARGE at Parcel.weightKg 40 but SMALL at 45");
        assertThat(falls.get(0).points()).containsExactly(check.grid().indexOf(new int[] {0, 8}), check.grid().indexOf(new int[] {0, 9}));
        assertThat(result.broken().get(check.check().invariants().get(3))).isZero();
    }

    /** A type without fields has no value to count its facts by on the fast path: its points run in full. */
    @Test
    void factsOfATypeWithoutFieldsAreCountedFromFullRuns(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flags.drl"), """
                package flags;
                declare Parcel
                    id : String
                    weightKg : int
                end
                declare Flag
                end
                rule "heavy parcels are flagged twice"
                when
                    Parcel( weightKg > 10 )
                then
                    insert(new Flag());
                    insert(new Flag());
                end
                """);
        RuleBook flags = RuleBookCompiler.compileFolder(dir).ruleBook().orElseThrow();
        Path verify = dir.resolve("verify.yaml");
        Check read = VerifySpecParser.parse("""
                checks:
                  - name: flags
                    scenario: parcel.yaml
                    vary: {Parcel.weightKg: 0..20:5}
                    invariants: [{atMostOne: Flag}]
                """, verify).checks().get(0);
        Scenario parcel = ScenarioParser.parse("""
                name: a parcel
                asOf: 2024-01-01
                given: [{type: Parcel, id: p, weightKg: 5}]
                expect: {counts: {Flag: 0}}
                """, dir.resolve("parcel.yaml")).scenarios().get(0);
        BoundCheck bound = CheckBinder.bind(read, parcel, flags).bound().orElseThrow();

        CheckResult result = new Verifier(RunOptions.defaults(), 2, 5).verify(bound);

        assertThat(result.findings()).extracting(Finding::detail).containsExactly(
                "at Parcel.weightKg 15: 2 Flag facts: Flag{}, Flag{}", "at Parcel.weightKg 20: 2 Flag facts: Flag{}, Flag{}");
    }
}
