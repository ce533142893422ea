package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import whatif.rulebook.DeclaredField;
import whatif.scenario.Scalar;
import whatif.source.Span;

class ValueMatcherTest {
    private static final DeclaredField INT = new DeclaredField("n", int.class);
    private static final DeclaredField TEXT = new DeclaredField("s", String.class);
    private static final DeclaredField DATE = new DeclaredField("d", LocalDate.class);

    private static ValueMatcher matcher(String text, DeclaredField field) {
        return ValueMatcher.parse(new Scalar(text, false, Span.at(Path.of("t.yaml"), 1, 1)), field);
    }

    @Test
    void numbersCompareByValue() {
        assertThat(matcher("500", INT).matches(500)).isTrue();
        assertThat(matcher("500", INT).matches(500.0)).isTrue();
        assertThat(matcher("< 600", INT).matches(599)).isTrue();
        assertThat(matcher("< 600", INT).matches(600)).isFalse();
        assertThat(matcher(">= 1", INT).matches(1)).isTrue();
        assertThat(matcher("!= 3", INT).matches(3)).isFalse();
        assertThat(matcher("oneOf [1, 2]", INT).matches(2)).isTrue();
        assertThat(matcher("oneOf [1, 2]", INT).matches(3)).isFalse();
    }

    @Test
    void datesAndTextCompareInTheirOrder() {
        assertThat(matcher("> 2017-11-06", DATE).matches(LocalDate.of(2017, 11, 7))).isTrue();
        assertThat(matcher("contains Guam", TEXT).matches("plan to fire near Guam")).isTrue();
        assertThat(matcher("contains Guam", TEXT).matches("Seoul")).isFalse();
        assertThat(matcher("== < x", TEXT).matches("< x")).isTrue();
    }

    @Test
    void anOperandThatDoesNotFitTheFieldIsRejected() {
        assertThatThrownBy(() -> matcher("< ten", INT)).hasMessage("a whole number");
    }

    @Test
    void aMissingValueMatchesOnlyNull() {
        ValueMatcher none = ValueMatcher.parse(Scalar.of("~", Span.at(Path.of("t.yaml"), 1, 1)), TEXT);

        assertThat(none.matches(null)).isTrue();
        assertThat(none.matches("x")).isFalse();
    }
}
