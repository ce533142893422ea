package whatif.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Small tables made in the test, of a made-up policy of lengths and weights. */
final class Tables {
    private Tables() {
    }

    static final Column LENGTH = Column.of("Parcel.lengthCm", ColumnKind.NUMBER);
    static final Column WEIGHT = Column.of("Parcel.weightKg", ColumnKind.NUMBER);
    static final Column DAY = Column.of("asOf", ColumnKind.DATE);
    static final Column RATE = Column.of("Rate.band", ColumnKind.TEXT);

    /** Lengths 0..100 by 10, weights 0..50 by 5, the band that {@code band} gives, on each day given. */
    static Table bands(BiFunction<Integer, Integer, String> band, String... days) {
        List<Row> rows = new ArrayList<>();
        for (String day : days) {
            for (int length = 0; length <= 100; length += 10) {
                for (int weight = 0; weight <= 50; weight += 5) {
                    rows.add(Row.of(rows.size() + 2, List.of(String.valueOf(length), String.valueOf(weight), day,
                            band.apply(length, weight))));
                }
            }
        }
        return new Table(Path.of("bands.csv"), List.of(LENGTH, WEIGHT, DAY, RATE), rows);
    }

    /** Small parcels (up to 40 cm and 20 kg) are SMALL, the rest LARGE. */
    static String smallUpTo40By20(int length, int weight) {
        return length <= 40 && weight <= 20 ? "SMALL" : "LARGE";
    }
}
