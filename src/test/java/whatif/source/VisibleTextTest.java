package whatif.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text quoted in a message shows every character that would hide or move text as an escape. */
class VisibleTextTest {
    @Test
    void controlFormatAndSeparatorCharactersAreEscaped() {
        assertThat(VisibleText.of("a\u0000b")).isEqualTo("a\\u0000b");
        assertThat(VisibleText.of("\u001B[31mred")).isEqualTo("\\u001B[31mred");
        assertThat(VisibleText.of("tab\there\nnext")).isEqualTo("tab\\u0009here\\u000Anext");
        assertThat(VisibleText.of("abc\u202Edef")).isEqualTo("abc\\u202Edef");
        assertThat(VisibleText.of("line\u2028sep")).isEqualTo("line\\u2028sep");
        assertThat(VisibleText.of("\uDB40\uDC01")).isEqualTo("\\U000E0001");
    }

    @Test
    void textThatShowsItselfIsLeftAlone() {
        String text = "Köln, 東京, \uD83D\uDE00 and `quotes`";

        assertThat(VisibleText.of(text)).isSameAs(text);
    }
}
