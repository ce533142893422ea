package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSpecTest {
    private static final Column DAY = Column.of("asOf", ColumnKind.DATE);
    private static final Column LENGTH = Column.of("Parcel.lengthCm", ColumnKind.NUMBER);
    private static final Column WEIGHT = Column.of("Parcel.weightKg", ColumnKind.NUMBER);
    private static final Column BAND = Column.of("Rate.band", ColumnKind.TEXT);
    private static final Column FEE = Column.of("Fee.amountEur", ColumnKind.NUMBER);

    @Test
    void twoNumericAxesAndADateAreAnEnvelopePerDate() {
        assertThat(ChartSpec.forSweep(List.of(DAY, LENGTH, WEIGHT), List.of(BAND)))
                .contains(ChartSpec.envelope("Parcel.lengthCm", "Parcel.weightKg", "Rate.band").withSeries("asOf"));
        assertThat(ChartSpec.forSweep(List.of(LENGTH, WEIGHT), List.of(BAND)))
                .contains(ChartSpec.envelope("Parcel.lengthCm", "Parcel.weightKg", "Rate.band"));
    }

    @Test
    void oneAxisAndANumberAreSteps() {
        assertThat(ChartSpec.forSweep(List.of(DAY), List.of(FEE, BAND))).contains(ChartSpec.steps("asOf", "Fee.amountEur"));
        assertThat(ChartSpec.forSweep(List.of(DAY, WEIGHT), List.of(FEE)))
                .contains(ChartSpec.steps("asOf", "Fee.amountEur").withSeries("Parcel.weightKg"));
    }

    @Test
    void oneAxisAndAnOutcomeHaveNoChart() {
        assertThat(ChartSpec.forSweep(List.of(DAY), List.of(BAND))).isEmpty();
        assertThat(ChartSpec.forSweep(List.of(DAY, LENGTH), List.of())).isEmpty();
    }

    @Test
    void changesAlongAnAxisAreDrawnOverANumericOtherAxisOnePerDate() {
        List<String> names = List.of("asOf", "Parcel.lengthCm", "before:Parcel.weightKg", "before:Rate.band", "before:error",
                "after:Parcel.weightKg", "after:Rate.band", "after:error");

        assertThat(ChartSpec.forBoundaries(List.of(DAY, LENGTH), "Parcel.weightKg", List.of("Rate.band"), names))
                .contains(ChartSpec.changes("Parcel.lengthCm", "before:Parcel.weightKg", "before:Rate.band", "after:Parcel.weightKg",
                        "after:Rate.band").withSeries("asOf"));
        assertThat(ChartSpec.forBoundaries(List.of(DAY), "Parcel.weightKg", List.of("Rate.band"), names))
                .contains(ChartSpec.changes("asOf", "before:Parcel.weightKg", "before:Rate.band", "after:Parcel.weightKg",
                        "after:Rate.band"));
    }

    @Test
    void changesWithNoOtherAxisHaveNoChart() {
        List<String> names = List.of("before:Parcel.weightKg", "before:Rate.band", "before:error", "after:Parcel.weightKg",
                "after:Rate.band", "after:error");

        assertThat(ChartSpec.forBoundaries(List.of(), "Parcel.weightKg", List.of("Rate.band"), names)).isEmpty();
    }
}
