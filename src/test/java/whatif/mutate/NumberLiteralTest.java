package whatif.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number moves by one unit of its last written digit, keeping its suffix and exponent. */
class NumberLiteralTest {
    @ParameterizedTest(name = "{0} moves to {1} and {2}")
    @CsvSource({
        "800, 799, 801",
        "0, -1, 1",
        "2.5, 2.4, 2.6",
        "0.05, 0.04, 0.06",
        "30d, 29d, 31d",
        "1.5e3, 1.4e3, 1.6e3",
        "3L, 2L, 4L",
        ".5, 0.4, 0.6",
    })
    void movesByOneUnitEachWay(String literal, String down, String up) {
        assertThat(NumberLiteral.moved(literal, -1)).contains(down);
        assertThat(NumberLiteral.moved(literal, 1)).contains(up);
    }

    @ParameterizedTest(name = "{0} is left alone")
    @CsvSource({"0x1F", "010", "abc", "."})
    void leavesAloneWhatIsNotAPlainDecimal(String literal) {
        assertThat(NumberLiteral.moved(literal, 1)).isEmpty();
    }
}
