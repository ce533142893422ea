package whatif.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One point of a sweep over the missile policy: a ballistic missile of a range and a payload,
 * proposed on a date. Every benchmark of points walks the same grid, so their rates compare.
 */
record Point(LocalDate date, int rangeKm, int payloadKg) {
    /** One date under each version of the policy, so that every version's rules take part. */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 1, 1),
            LocalDate.of(2015, 6, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1));

    /**
     * 5 dates x 20 ranges (100-2,000 km) x 12 payloads (250-3,000 kg): 1,200 points, dates
     * outermost, as a sweep writes its rows, so that a reused session moves its date rarely.
     */
    static List<Point> grid() {
        List<Point> points = new ArrayList<>();
        for (LocalDate date : DATES) {
            for (int range = 100; range <= 2000; range += 100) {
                for (int payload = 250; payload <= 3000; payload += 250) {
                    points.add(new Point(date, range, payload));
                }
            }
        }
        return List.copyOf(points);
    }
}
