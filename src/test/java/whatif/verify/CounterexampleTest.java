package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioParser;
import whatif.source.Span;

class CounterexampleTest {
    private static final Path FILE = Path.of("parcel.yaml");
    private static final Span HERE = Span.wholeFile(FILE);

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

    private static Check check(Invariant invariant) {
        return new Check("parcels", HERE, FILE, Optional.empty(), HERE,
                List.of(new Axis("asOf", List.of("2024-06-01"), HERE), new Axis("Parcel.weightKg", List.of("40", "45"), HERE)),
                List.of(invariant));
    }

    @Test
    void aMonotonicityIsTwoScenariosTheHigherExpectingNoLowerAValue() {
        Monotone monotone = new Monotone("Parcel.weightKg", "Rate.band", List.of("SMALL", "MEDIUM", "LARGE"), HERE);
        Finding finding = new Finding(monotone, List.of(List.of("2024-06-01", "40"), List.of("2024-06-01", "45")),
                List.of("MEDIUM", "SMALL"), "Rate.band is MEDIUM at 40 but SMALL at 45");

        String text = Counterexample.of(finding, check(monotone), base());

        assertThat(text).contains("#   Rate.band is MEDIUM at 40 but SMALL at 45\n",
                "      - {type: Parcel, id: \"p: one\", lengthCm: 10, weightKg: 45}\n",
                "        - {type: Rate, band: MEDIUM}\n",
                "        - {type: Rate, band: \"oneOf [MEDIUM, LARGE]\"}\n");
        ParsedFile parsed = ScenarioParser.parse(text, Path.of("counterexample.yaml"));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.scenarios()).hasSize(2).allSatisfy(s -> assertThat(s.asOf()).hasToString("2024-06-01"));
        assertThat(parsed.scenarios().get(1).given().get(0).field("weightKg").orElseThrow().value().text()).isEqualTo("45");
    }

    @Test
    void aContradictionExpectsWhatTheInvariantSays() {
        AtMostOne one = new AtMostOne("Rate", Optional.of("parcel"), HERE);
        NeverBoth both = new NeverBoth(new FactSelector("Rate", java.util.Map.of("band", "SMALL")),
                new FactSelector("Rate", java.util.Map.of("band", "LARGE")), Optional.empty(), HERE);

        String counted = Counterexample.of(new Finding(one, List.of(List.of("2024-06-01", "40")), List.of(), "two"), check(one), base());
        String neither = Counterexample.of(new Finding(both, List.of(List.of("2024-06-01", "40")), List.of(), "both"), check(both), base());

        assertThat(counted).contains("      counts: {Rate: \"<= 1\"}\n");
        assertThat(neither).contains("      noFacts:\n        - {type: Rate, band: LARGE}\n");
        assertThat(ScenarioParser.parse(counted, FILE).diagnostics()).isEmpty();
        assertThat(ScenarioParser.parse(neither, FILE).diagnostics()).isEmpty();
    }
}
