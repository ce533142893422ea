package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTest {
    @Test
    void aUnitComesFromTheSuffixOfTheName() {
        assertThat(Column.of("Proposal.rangeKm", ColumnKind.NUMBER).label()).isEqualTo("Proposal range (km)");
        assertThat(Column.of("Parcel.weightKg", ColumnKind.NUMBER).label()).isEqualTo("Parcel weight (kg)");
        assertThat(Column.of("Engine.totalImpulseLbfS", ColumnKind.NUMBER).label()).isEqualTo("Engine total impulse (lbf·s)");
        assertThat(Column.of("Call.delayMs", ColumnKind.NUMBER).label()).isEqualTo("Call delay (ms)");
    }

    @Test
    void aNameWithNoUnitSuffixHasNoUnit() {
        assertThat(Column.of("Violation.excess", ColumnKind.NUMBER).unit()).isEmpty();
        assertThat(Column.of("KM", ColumnKind.NUMBER).unit()).isEmpty();
        assertThat(Column.of("Km", ColumnKind.NUMBER).unit()).isEmpty();
        assertThat(Column.of("asOf", ColumnKind.DATE).label()).isEqualTo("as of");
        assertThat(Column.of("Verdict.value", ColumnKind.TEXT).label()).isEqualTo("Verdict value");
    }

    @Test
    void aUnitGivenReplacesTheSuffixs() {
        assertThat(Column.of("Fee.amount", ColumnKind.NUMBER).withUnit("EUR").label()).isEqualTo("Fee amount (EUR)");
    }
}
