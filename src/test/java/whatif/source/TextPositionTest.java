package whatif.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line and column as an editor shows them: any line ending, and a column per character. */
class TextPositionTest {
    @Test
    void linesEndAtLineFeedCarriageReturnOrBoth() {
        String text = "a\nb\r\nc\rd";

        assertThat(TextPosition.of(text, 0)).hasToString("1:1");
        assertThat(TextPosition.of(text, text.indexOf('b'))).hasToString("2:1");
        assertThat(TextPosition.of(text, text.indexOf('c'))).hasToString("3:1");
        assertThat(TextPosition.of(text, text.indexOf('d'))).hasToString("4:1");
        assertThat(TextPosition.of(text, text.length())).hasToString("4:2");
    }

    @Test
    void anEmojiIsOneColumn() {
        String text = "x: \uD83D\uDE00\uD83D\uDE00!";

        assertThat(TextPosition.of(text, text.indexOf('!'))).hasToString("1:6");
        assertThat(TextPosition.afterCodePoints(text, 5)).hasToString("1:6");
    }
}
