package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class BisectionTest {
    private final List<Long> probed = new ArrayList<>();

    private List<String> flips(Axis axis, LongFunction<String> outcome) {
        LongFunction<Observation> probe = fine -> {
            probed.add(fine);
            return new Observation(List.of(outcome.apply(Long.parseLong(axis.fineValue(fine).text()))), "");
        };
        return new Bisection(axis, probe, new Stop()).flips().stream()
                .map(f -> axis.fineValue(f.last()).text() + " " + f.before().values().get(0) + " | "
                        + axis.fineValue(f.first()).text() + " " + f.after().values().get(0))
                .toList();
    }

    @Test
    void aWholeAxisIsBisectedToTheExactNumber() {
        Axis axis = Axes.of("P.kg=100..2000:100");

        assertThat(flips(axis, kg -> kg <= 500 ? "PERMITTED" : "NOT_PERMITTED")).containsExactly("500 PERMITTED | 501 NOT_PERMITTED");
        assertThat(probed).as("20 grid values and log2(100) between two of them").hasSizeLessThanOrEqualTo(20 + 7);
    }

    @Test
    void everyChangeTheGridSeesIsFoundInTheAxissOrder() {
        Axis axis = Axes.of("T.t=0..60:5");

        assertThat(flips(axis, t -> t < 2 ? "FREE" : t <= 12 ? "LOW" : t < 40 ? "HIGH" : "FREE")).containsExactly(
                "1 FREE | 2 LOW", "12 LOW | 13 HIGH", "39 HIGH | 40 FREE");
    }

    @Test
    void twoChangesBetweenTwoGridValuesAreFollowedOneAfterTheOther() {
        Axis axis = Axes.of("T.t=0..100:100");

        assertThat(flips(axis, t -> t < 30 ? "A" : t < 60 ? "B" : "C")).containsExactly("29 A | 30 B", "59 B | 60 C");
    }

    @Test
    void anOutcomeThatChangesAndChangesBackBetweenTwoGridValuesIsNotSeen() {
        Axis axis = Axes.of("T.t=0..100:100");

        assertThat(flips(axis, t -> t >= 30 && t < 60 ? "B" : "A")).isEmpty();
    }

    @Test
    void datesAreBisectedToTheDay() {
        Axis axis = Axes.of("asOf=2020-01-01..2021-01-01:1m");
        LongFunction<Observation> probe = fine -> new Observation(
                List.of(axis.fineValue(fine).text().compareTo("2020-03-15") >= 0 ? "7" : "5"), "");

        List<Flip> flips = new Bisection(axis, probe, new Stop()).flips();

        assertThat(flips).hasSize(1);
        assertThat(axis.fineValue(flips.get(0).last()).text()).isEqualTo("2020-03-14");
        assertThat(axis.fineValue(flips.get(0).first()).text()).isEqualTo("2020-03-15");
    }
}
