package whatif.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whatif.run.FactView;

/** Pure: which facts of two runs are the same fact, changed, and which appeared or disappeared. */
class FactPairingTest {
    private static FactView fact(String type, Object... fieldsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new FactView(type, values);
    }

    @Test
    void equalFactsAreTheSameFactOneForOne() {
        FactView ticket = fact("Ticket", "excess", 10);

        FactPairing.Result result = FactPairing.of(List.of(ticket, ticket), List.of(ticket));

        assertThat(result.changed()).isEmpty();
        assertThat(result.appeared()).isEmpty();
        assertThat(result.disappeared()).containsExactly(ticket);
    }

    @Test
    void aFactWithMostFieldsEqualIsTheSameFactChanged() {
        FactView verdict = fact("Verdict", "proposal", "a", "value", "NO", "confidence", "HIGH", "cause", "NONE");
        FactView permitted = fact("Verdict", "proposal", "a", "value", "YES", "confidence", "HIGH", "cause", "NONE");

        FactPairing.Result result = FactPairing.of(List.of(verdict), List.of(permitted));

        assertThat(result.appeared()).isEmpty();
        assertThat(result.disappeared()).isEmpty();
        assertThat(result.changed()).singleElement().satisfies(pair ->
                assertThat(pair.fields()).containsExactly(new FieldChange("value", "NO", "YES")));
    }

    @Test
    void theOnlyFactOfItsTypeOnEachSideIsTheSameFactWhateverChanged() {
        FactPairing.Result result = FactPairing.of(List.of(fact("InForce", "version", "A")), List.of(fact("InForce", "version", "B")));

        assertThat(result.changed()).singleElement().satisfies(pair ->
                assertThat(pair.fields()).containsExactly(new FieldChange("version", "A", "B")));
    }

    @Test
    void factsWhoseIdsDifferAreNeverTheSameFact() {
        FactPairing.Result result = FactPairing.of(List.of(fact("Loan", "id", "a", "days", 3)),
                List.of(fact("Loan", "id", "b", "days", 3)));

        assertThat(result.changed()).isEmpty();
        assertThat(result.disappeared()).extracting(f -> f.values().get("id")).containsExactly("a");
        assertThat(result.appeared()).extracting(f -> f.values().get("id")).containsExactly("b");
        assertThat(FactPairing.isIdentifying("loanId")).isTrue();
        assertThat(FactPairing.isIdentifying("Id")).isFalse();
        assertThat(FactPairing.isIdentifying("paid")).isFalse();
    }

    @Test
    void amongSeveralFactsOfATypeOnlyTheAlikeArePaired() {
        FactView range = fact("Violation", "limit", "RANGE", "allowed", 800, "actual", 900, "version", "X");
        FactView payload = fact("Violation", "limit", "PAYLOAD", "allowed", 500, "actual", 1000, "version", "X");
        FactView payloadLater = fact("Violation", "limit", "PAYLOAD", "allowed", 500, "actual", 1000, "version", "Y");
        FactView other = fact("Violation", "limit", "IMPULSE", "allowed", 1, "actual", 2, "version", "Z");

        FactPairing.Result result = FactPairing.of(List.of(range, payload), List.of(payloadLater, other));

        assertThat(result.changed()).singleElement().satisfies(pair -> {
            assertThat(pair.before()).isEqualTo(payload);
            assertThat(pair.fields()).containsExactly(new FieldChange("version", "X", "Y"));
        });
        assertThat(result.disappeared()).containsExactly(range);
        assertThat(result.appeared()).containsExactly(other);
    }

    @Test
    void enumsOfTwoRuleBooksCompareByName() {
        assertThat(ComparableFact.of(fact("T", "level", Level.HIGH, "n", 1))).isEqualTo(fact("T", "level", "HIGH", "n", 1));
    }

    private enum Level { HIGH }
}
