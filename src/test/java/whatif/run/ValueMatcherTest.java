package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whatif.rulebook.DeclaredField;
import whatif.scenario.Scalar;
import whatif.source.Span;

/** What a value written in an expectation matches, for each kind of field. */
class ValueMatcherTest {
    private static final DeclaredField INT = new DeclaredField("n", int.class);
    private static final DeclaredField DOUBLE = new DeclaredField("x", double.class);
    private static final DeclaredField TEXT = new DeclaredField("s", String.class);
    private static final DeclaredField DATE = new DeclaredField("d", LocalDate.class);
    private static final DeclaredField FLAG = new DeclaredField("b", boolean.class);
    // Any Java enum stands for a declared one: the matcher sees only a Class with constants.
    private static final DeclaredField DAY = new DeclaredField("day", DayOfWeek.class);
    private static final Span AT = Span.at(Path.of("t.yaml"), 1, 1);

    private static ValueMatcher matcher(String text, DeclaredField field) {
        return ValueMatcher.parse(new Scalar(text, false, AT), field);
    }

    @ParameterizedTest(name = "`{0}` on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            500           | 500  | true
            500           | 501  | false
            < 600         | 599  | true
            < 600         | 600  | false
            <= 600        | 600  | true
            > 1           | 1    | false
            >= 1          | 1    | true
            != 3          | 3    | false
            != 3          | 4    | true
            == 3          | 3    | true
            oneOf [1, 2]  | 2    | true
            oneOf [1, 2]  | 3    | false
            oneOf []      | 3    | false
            """)
    void wholeNumbersCompareByValue(String written, int actual, boolean matches) {
        assertThat(matcher(written, INT).matches(actual)).isEqualTo(matches);
    }

    @Test
    void numbersOfDifferentTypesAreEqualByValue() {
        assertThat(matcher("500", INT).matches(500.0)).isTrue();
        assertThat(matcher("500", INT).matches(500L)).isTrue();
        assertThat(matcher("12.5", DOUBLE).matches(12.50)).isTrue();
        assertThat(matcher("12.5", DOUBLE).matches(12.4)).isFalse();
        assertThat(matcher("> 12.25", DOUBLE).matches(12.3)).isTrue();
    }

    @Test
    void datesAndTextCompareInTheirOwnOrder() {
        assertThat(matcher("> 2017-11-06", DATE).matches(LocalDate.of(2017, 11, 7))).isTrue();
        assertThat(matcher("> 2017-11-06", DATE).matches(LocalDate.of(2017, 11, 6))).isFalse();
        assertThat(matcher("2017-11-06", DATE).matches(LocalDate.of(2017, 11, 6))).isTrue();
        assertThat(matcher("< m", TEXT).matches("apple")).isTrue();
        assertThat(matcher("< m", TEXT).matches("pear")).isFalse();
    }

    @Test
    void textMatchesWhollyOrByContainsAndOperatorsCanBeEscapedWithEquals() {
        assertThat(matcher("contains Guam", TEXT).matches("plan to fire near Guam")).isTrue();
        assertThat(matcher("contains Guam", TEXT).matches("Seoul")).isFalse();
        assertThat(matcher("contains 'near Guam'", TEXT).matches("plan to fire near Guam")).isTrue();
        assertThat(matcher("Seoul", TEXT).matches("Seoul")).isTrue();
        assertThat(matcher("Seoul", TEXT).matches("seoul")).isFalse();
        assertThat(matcher("== < x", TEXT).matches("< x")).isTrue();
        assertThat(matcher("oneOf ['a, b', c]", TEXT).matches("c")).isTrue();
    }

    @Test
    void enumsMatchByConstantName() {
        assertThat(matcher("MONDAY", DAY).matches(DayOfWeek.MONDAY)).isTrue();
        assertThat(matcher("MONDAY", DAY).matches(DayOfWeek.TUESDAY)).isFalse();
        assertThat(matcher("!= MONDAY", DAY).matches(DayOfWeek.TUESDAY)).isTrue();
        assertThat(matcher("oneOf [SATURDAY, SUNDAY]", DAY).matches(DayOfWeek.SUNDAY)).isTrue();
        assertThat(matcher("true", FLAG).matches(true)).isTrue();
        assertThat(matcher("true", FLAG).matches(false)).isFalse();
    }

    @Test
    void anUnsetFieldMatchesOnlyNullAndNotEqual() {
        ValueMatcher none = ValueMatcher.parse(Scalar.of("~", AT), TEXT);

        assertThat(none.matches(null)).isTrue();
        assertThat(none.matches("x")).isFalse();
        assertThat(matcher("x", TEXT).matches(null)).isFalse();
        assertThat(matcher("< 3", INT).matches(null)).isFalse();
        assertThat(matcher("!= x", TEXT).matches(null)).isTrue();
        // Quoted, `~` is text, not null.
        assertThat(matcher("~", TEXT).matches("~")).isTrue();
    }

    @Test
    void anOperandThatDoesNotFitTheFieldSaysWhatWasExpected() {
        assertThatThrownBy(() -> matcher("< ten", INT)).hasMessage("a whole number");
        assertThatThrownBy(() -> matcher("oneOf [1, two]", INT)).hasMessage("a whole number");
        assertThatThrownBy(() -> matcher("FUNDAY", DAY)).hasMessage("one of `MONDAY`, `TUESDAY`, `WEDNESDAY`, "
                + "`THURSDAY`, `FRIDAY`, `SATURDAY`, `SUNDAY`");
        assertThatThrownBy(() -> matcher("contains DAY", DAY)).hasMessageStartingWith("one of `MONDAY`");
        assertThatThrownBy(() -> matcher("> 2017-13-01", DATE)).hasMessage("a date (YYYY-MM-DD)");
    }

    @Test
    void anOrderingOfAFieldWithoutOrderIsRejected() {
        assertThatThrownBy(() -> matcher("< MONDAY", DAY))
                .hasMessage("`<` compares numbers, dates or text; field `day` holds one of `MONDAY`, `TUESDAY`, "
                        + "`WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`, `SUNDAY`");
        assertThatThrownBy(() -> matcher(">= true", FLAG))
                .hasMessage("`>=` compares numbers, dates or text; field `b` holds `true` or `false`");
    }

    @Test
    void printsAsWritten() {
        assertThat(matcher("  < 600 ", INT)).hasToString("< 600");
        assertThat(matcher("oneOf [1, 2]", INT)).hasToString("oneOf [1, 2]");
    }
}
