package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;
import whatif.source.Span;

class CounterexampleTest {
    private static final Path FILE = Path.of("parcel.yaml");
    private static final Span HERE = Span.wholeFile(FILE);
    private static RuleBook book;

    @BeforeAll
    static void compile() {
        book = RuleBookCompiler.compileFolder(Path.of("src/test/resources/fixtures/verify/rules")).ruleBook().orElseThrow();
    }

    private static Scenario base() {
        ParsedFile parsed = ScenarioParser.parse("""
                name: a parcel
                asOf: 2024-01-01
                given:
                  - {type: Parcel, id: "p: one", lengthCm: 10, weightKg: 5}
                expect:
                  facts:
                    - {type: Rate, band: SMALL}
                """, FILE);
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.scenarios().get(0);
    }

    /** A check over one date and the weights 40 and 45: grid index 0 is 40 kg, 1 is 45 kg. */
    private static BoundCheck check(Invariant invariant) {
        VerifySpec spec = VerifySpecParser.parse("""
                checks:
                  - name: parcels
                    scenario: parcel.yaml
                    vary:
                      asOf: [2024-06-01]
                      Parcel.weightKg: [40, 45]
                    invariants: [{atMostOne: Rate}]
                """, FILE);
        Check read = spec.checks().get(0);
        Check check = new Check(read.name(), read.span(), read.scenarioFile(), read.scenarioName(), read.scenarioSpan(),
                read.axes(), List.of(invariant));
        CheckBinder.Binding binding = CheckBinder.bind(check, base(), book);
        assertThat(binding.diagnostics()).isEmpty();
        return binding.bound().orElseThrow();
    }

    @Test
    void aMonotonicityIsTwoScenariosTheHigherExpectingNoLowerAValue() {
        Monotone monotone = new Monotone("Parcel.weightKg", "Rate.band", List.of("SMALL", "MEDIUM", "LARGE"), HERE);
        Finding finding = new Finding(monotone, List.of(0L, 1L), List.of("MEDIUM", "SMALL"), "Rate.band is MEDIUM at 40 but SMALL at 45");

        String text = Counterexample.of(finding, check(monotone));

        assertThat(text).contains("#   Rate.band is MEDIUM at 40 but SMALL at 45\n",
                "  - name: \"Rate.band never goes down SMALL < MEDIUM < LARGE as Parcel.weightKg grows, at asOf 2024-06-01, "
                        + "Parcel.weightKg 45\"\n",
                "      - {type: Parcel, id: \"p: one\", lengthCm: 10, weightKg: 45}\n",
                "        - {type: Rate, band: MEDIUM}\n",
                "        - {type: Rate, band: \"oneOf [MEDIUM, LARGE]\"}\n");
        ParsedFile parsed = ScenarioParser.parse(text, Path.of("counterexample.yaml"));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.scenarios()).hasSize(2).allSatisfy(s -> assertThat(s.asOf()).hasToString("2024-06-01"));
        assertThat(parsed.scenarios().get(0).given().get(0).field("weightKg").orElseThrow().value().text()).isEqualTo("40");
        assertThat(parsed.scenarios().get(1).given().get(0).field("weightKg").orElseThrow().value().text()).isEqualTo("45");
    }

    @Test
    void aContradictionExpectsWhatTheInvariantSays() {
        AtMostOne one = new AtMostOne("Rate", Optional.of("parcel"), HERE);
        NeverBoth both = new NeverBoth(new FactSelector("Rate", Map.of("band", "SMALL")),
                new FactSelector("Rate", Map.of("band", "LARGE")), Optional.empty(), HERE);

        String counted = Counterexample.of(new Finding(one, List.of(0L), List.of(), "two"), check(one));
        String neither = Counterexample.of(new Finding(both, List.of(1L), List.of(), "both"), check(both));

        assertThat(counted).contains("      counts: {Rate: \"<= 1\"}\n", "weightKg: 40}");
        assertThat(neither).contains("      noFacts:\n        - {type: Rate, band: LARGE}\n", "weightKg: 45}");
        assertThat(ScenarioParser.parse(counted, FILE).diagnostics()).isEmpty();
        assertThat(ScenarioParser.parse(neither, FILE).diagnostics()).isEmpty();
    }
}
