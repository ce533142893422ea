package whatif.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places in a file: 1-based, as editors show them; 0 is refused, so no report can show `:0`. */
class PositionTest {
    private static final Path FILE = Path.of("scenarios/a.yaml");

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"0, 1", "1, 0", "-1, 5", "0, 0"})
    void aPositionBeforeTheFirstLineOrColumnIsRefused(int line, int column) {
        assertThatThrownBy(() -> Position.of(line, column)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position is 1-based, got " + line + ":" + column);
    }

    @Test
    void aPositionPrintsAsLineColonColumn() {
        assertThat(Position.of(14, 7)).hasToString("14:7").isEqualTo(new Position(14, 7));
    }

    @Test
    void aSpanPrintsAsAnEditorLinkAndUnderlinesItsLength() {
        Span span = Span.of(FILE, 14, 7, 5);

        assertThat(span).hasToString("scenarios/a.yaml:14:7");
        assertThat(span.line()).isEqualTo(14);
        assertThat(span.column()).isEqualTo(7);
        assertThat(span.width()).isEqualTo(5);
        assertThat(Span.at(FILE, 3, 2).width()).as("unknown length").isEqualTo(1);
        assertThat(Span.of(FILE, 3, 2, -4).width()).isEqualTo(1);
        assertThat(new Span(FILE, Position.of(3, 9), Position.of(5, 1)).width()).as("over several lines").isEqualTo(1);
        assertThat(Span.wholeFile(FILE)).hasToString("scenarios/a.yaml:1:1");
    }

    @Test
    void aSpanCannotStartAtZero() {
        assertThatThrownBy(() -> Span.at(FILE, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Span.of(FILE, 2, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
