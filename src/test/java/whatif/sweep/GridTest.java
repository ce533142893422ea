package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import whatif.scenario.AxisRange;
import whatif.scenario.SweepAxis;
import whatif.source.Span;

class GridTest {
    @Test
    void wholeNumbersStayWholeAndStopAtTheLastStepNotPastTo() {
        Axis axis = Axes.of("T.f=0..25:10");

        assertThat(axis.size()).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(i -> axis.value(i).cell())).containsExactly(0L, 10L, 20L);
        assertThat(axis.fineIndex(2)).isEqualTo(20);
        assertThat(axis.fineValue(7).text()).isEqualTo("7");
    }

    @Test
    void decimalsKeepTheScaleOfTheMostPreciseBound() {
        Axis axis = Axes.of("T.f=18..19.5:0.25");

        assertThat(axis.size()).isEqualTo(7);
        assertThat(axis.value(3).cell()).isEqualTo(new BigDecimal("18.75"));
        assertThat(axis.value(6).text()).isEqualTo("19.50");
        assertThat(axis.fineIndex(3)).as("a decimal axis is bisected to its step").isEqualTo(3);
    }

    @Test
    void monthsCountFromTheFirstDateSoTheLastDayOfAMonthStaysTheLastDay() {
        Axis axis = Axes.of("asOf=2012-01-31..2012-04-30:1m");

        assertThat(IntStream.range(0, axis.size()).mapToObj(i -> axis.value(i).text()))
                .containsExactly("2012-01-31", "2012-02-29", "2012-03-31", "2012-04-30");
        assertThat(axis.fineIndex(1)).as("days from the first date").isEqualTo(29);
        assertThat(axis.fineValue(30).text()).isEqualTo("2012-03-01");
    }

    @Test
    void theFirstAxisVariesSlowest() {
        Grid grid = Axes.grid("A.a=1..2:1", "B.b=10..30:10");

        assertThat(grid.size()).isEqualTo(6);
        assertThat(IntStream.range(0, 6).mapToObj(i -> grid.pointAt(i).values().get(0).text() + "/" + grid.pointAt(i).values().get(1).text()))
                .containsExactly("1/10", "1/20", "1/30", "2/10", "2/20", "2/30");
        assertThat(grid.indexOf(grid.coordinates(4))).isEqualTo(4);
    }

    @Test
    void listedValuesKeepTheirOrderAndTheirTextAndAreTheirOwnFineLattice() {
        Axis axis = Axis.of(new SweepAxis(Optional.empty(), new AxisRange.Listed(List.of("2019-06-01", "1990-06-01")),
                Span.at(Path.of("verify.yaml"), 3, 7)));

        assertThat(IntStream.range(0, axis.size()).mapToObj(i -> axis.value(i).text())).containsExactly("2019-06-01", "1990-06-01");
        assertThat(axis.fineIndex(1)).isEqualTo(1);
        assertThat(axis.fineValue(1).text()).isEqualTo("1990-06-01");
    }
}
