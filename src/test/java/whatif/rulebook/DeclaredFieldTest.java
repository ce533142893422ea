package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the text of a scenario value becomes a value of the declared field's type. */
class DeclaredFieldTest {
    private static DeclaredField field(Class<?> type) {
        return new DeclaredField("f", type);
    }

    @Test
    void wholeNumbersAcceptSignsAndUnderscores() {
        assertThat(field(int.class).convert("60")).isEqualTo(60);
        assertThat(field(int.class).convert(" -7 ")).isEqualTo(-7);
        assertThat(field(Integer.class).convert("1_000")).isEqualTo(1000);
        assertThat(field(long.class).convert("+3000000000")).isEqualTo(3_000_000_000L);
        assertThat(field(short.class).convert("12")).isEqualTo((short) 12);
        assertThat(field(byte.class).convert("5")).isEqualTo((byte) 5);
    }

    @ParameterizedTest(name = "`{0}` is not a whole number")
    @CsvSource({"abc", "12.5", "1e3", "0x10", "''", "60 km"})
    void aWholeNumberIsDigitsOnly(String text) {
        assertThatThrownBy(() -> field(int.class).convert(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a whole number");
    }

    @Test
    void aWholeNumberTooLargeForItsFieldSaysHowLargeItMayBe() {
        assertThatThrownBy(() -> field(int.class).convert("3000000000"))
                .hasMessage("a whole number from -2147483648 to 2147483647");
        assertThatThrownBy(() -> field(byte.class).convert("300")).hasMessage("a whole number from -128 to 127");
    }

    @Test
    void decimalsAcceptTheUsualForms() {
        assertThat(field(double.class).convert("12.5")).isEqualTo(12.5);
        assertThat(field(double.class).convert("12")).isEqualTo(12.0);
        assertThat(field(Double.class).convert(".5")).isEqualTo(0.5);
        assertThat(field(double.class).convert("1_000.25")).isEqualTo(1000.25);
        assertThat(field(double.class).convert("-1e3")).isEqualTo(-1000.0);
        assertThat(field(float.class).convert("2.5")).isEqualTo(2.5f);
        assertThat(field(BigDecimal.class).convert("0.10")).isEqualTo(new BigDecimal("0.10"));
    }

    @ParameterizedTest(name = "`{0}` is not a decimal")
    @CsvSource({"12.5d", "0x1p3", "NaN", "Infinity", "twelve", "'1,5'"})
    void aDecimalIsNotWhateverJavaParses(String text) {
        assertThatThrownBy(() -> field(double.class).convert(text)).hasMessage("a number");
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        assertThat(field(boolean.class).convert("true")).isEqualTo(true);
        assertThat(field(Boolean.class).convert(" false ")).isEqualTo(false);
        assertThatThrownBy(() -> field(boolean.class).convert("yes")).hasMessage("`true` or `false`");
    }

    @Test
    void textIsKeptAsWritten() {
        assertThat(field(String.class).convert("  two spaces ")).isEqualTo("  two spaces ");
        assertThat(field(String.class).convert("")).isEqualTo("");
    }

    @Test
    void datesAreIsoDays() {
        assertThat(field(LocalDate.class).convert("2017-08-07")).isEqualTo(LocalDate.of(2017, 8, 7));
        assertThatThrownBy(() -> field(LocalDate.class).convert("2017-02-30")).hasMessage("a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> field(LocalDate.class).convert("07/08/2017")).hasMessage("a date (YYYY-MM-DD)");
    }

    @Test
    void enumsAreConstantsByExactName() {
        DeclaredField day = field(DayOfWeek.class);

        assertThat(day.convert("MONDAY")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(day.isEnum()).isTrue();
        assertThat(day.constants()).startsWith("MONDAY", "TUESDAY").hasSize(7);
        assertThatThrownBy(() -> day.convert("monday")).hasMessageStartingWith("one of `MONDAY`, `TUESDAY`");
    }

    @Test
    void otherTypesCannotBeWrittenInAScenario() {
        assertThatThrownBy(() -> field(java.util.List.class).convert("[1]")).hasMessage("a value of type `List`");
    }

    @Test
    void saysWhatKindOfValueItHolds() {
        assertThat(field(int.class).isNumber()).isTrue();
        assertThat(field(BigDecimal.class).isNumber()).isTrue();
        assertThat(field(String.class).isNumber()).isFalse();
        assertThat(field(LocalDate.class).isComparable()).isTrue();
        assertThat(field(String.class).isComparable()).isTrue();
        assertThat(field(DayOfWeek.class).isComparable()).isFalse();
        assertThat(field(boolean.class).isComparable()).isFalse();
        assertThat(field(String.class).constants()).isEmpty();
        assertThat(field(long.class).expectation()).isEqualTo("a whole number");
        assertThat(field(String.class).expectation()).isEqualTo("text");
    }
}
