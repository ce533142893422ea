package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.source.Diagnostic;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;

/** An axis chooses the given fact it changes as a sweep's does, and every value it takes must fit. */
class CheckBinderTest {
    private static final Path FILE = Path.of("verify.yaml");
    private static RuleBook book;

    @BeforeAll
    static void compile() {
        book = RuleBookCompiler.compileFolder(Path.of("src/test/resources/fixtures/verify/rules")).ruleBook().orElseThrow();
    }

    private static final Scenario TWO_PARCELS = ScenarioParser.parse("""
            name: two parcels
            asOf: 2024-01-01
            given:
              - {type: Parcel, id: a, lengthCm: 10, weightKg: 5}
              - {type: Parcel, id: b, lengthCm: 50, weightKg: 5}
            expect:
              counts: {Rate: 2}
            """, Path.of("two.yaml")).scenarios().get(0);

    /** A check that varies {@code axis} (written in block style, where a selector's brackets need no quotes). */
    private static CheckBinder.Binding bind(String axis) {
        VerifySpec spec = VerifySpecParser.parse("""
                checks:
                  - name: parcels
                    scenario: two.yaml
                    vary:
                      %s
                    invariants: [{atMostOne: Rate, per: parcel}]
                """.formatted(axis), FILE);
        assertThat(spec.diagnostics()).isEmpty();
        return CheckBinder.bind(spec.checks().get(0), TWO_PARCELS, book);
    }

    @Test
    void aSelectorChoosesOneOfSeveralGivenFactsAndOnlyThatOneChanges() {
        CheckBinder.Binding binding = bind("Parcel[id=b].weightKg: [7, 30]");

        assertThat(binding.diagnostics()).isEmpty();
        BoundCheck check = binding.bound().orElseThrow();
        assertThat(check.scenarioAt(1).given()).extracting(f -> f.describe()).containsExactly(
                "Parcel{id: a, lengthCm: 10, weightKg: 5}", "Parcel{id: b, lengthCm: 50, weightKg: 30}");
    }

    @Test
    void anAxisThatCouldChangeEitherOfTwoFactsIsRefusedWhereItIsWritten() {
        CheckBinder.Binding binding = bind("Parcel.weightKg: 0..10:5");

        assertThat(binding.bound()).isEmpty();
        assertThat(binding.diagnostics()).extracting(Diagnostic::oneLine).singleElement().asString()
                .startsWith("verify.yaml:5:7: error[WI0214]: the scenario gives 2 `Parcel` facts; `Parcel.weightKg` must name one")
                .contains("hint: choose one by a field, as `Parcel[id=...].weightKg`");
    }

    @Test
    void aListedValueThatDoesNotFitItsFieldIsRefusedBeforeAnyPointRuns() {
        CheckBinder.Binding binding = bind("Parcel[id=a].weightKg: [1, 2.5]");

        assertThat(binding.bound()).isEmpty();
        assertThat(binding.diagnostics()).extracting(Diagnostic::oneLine).singleElement().asString()
                .startsWith("verify.yaml:5:7: error[WI0208]: `2.5` does not fit `Parcel[id=a].weightKg`");
    }
}
