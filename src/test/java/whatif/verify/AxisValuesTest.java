package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisValuesTest {
    @Test
    void wholeNumbersStayWholeAndBothEndsAreIncluded() {
        assertThat(AxisValues.of("0..1000:250").values()).containsExactly("0", "250", "500", "750", "1000");
        assertThat(AxisValues.of("0.5..1.5:0.25").values()).containsExactly("0.5", "0.75", "1.00", "1.25", "1.50");
    }

    @Test
    void anEndOffTheStepIsNotPassed() {
        assertThat(AxisValues.of("0..10:4").values()).containsExactly("0", "4", "8");
    }

    @Test
    void datesStepFromTheStartSoThatMonthEndsStayMonthEnds() {
        assertThat(AxisValues.of("2020-01-31..2020-05-31:1m").values())
                .containsExactly("2020-01-31", "2020-02-29", "2020-03-31", "2020-04-30", "2020-05-31");
        assertThat(AxisValues.of("1979-07-01..1981-07-01:1y").values()).containsExactly("1979-07-01", "1980-07-01", "1981-07-01");
        assertThat(AxisValues.of("2020-01-01..2020-01-15:1w").values()).containsExactly("2020-01-01", "2020-01-08", "2020-01-15");
    }

    @Test
    void whatIsNotARangeSaysWhatOneLooksLike() {
        assertThat(AxisValues.of("0..50").problem()).startsWith("expected `FROM..TO:STEP`");
        assertThat(AxisValues.of("10..0:1").problem()).isEqualTo("expected FROM <= TO and a step above 0");
        assertThat(AxisValues.of("0..10:0").problem()).isEqualTo("expected FROM <= TO and a step above 0");
        assertThat(AxisValues.of("2020-01-01..2021-01-01:1q").problem()).startsWith("expected two dates and a step");
        assertThat(AxisValues.of("0..1000000000:1").problem()).isEqualTo("expected at most 100000 values along one axis");
    }
}
