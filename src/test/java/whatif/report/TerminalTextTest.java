package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "0x0a | \\n",
        "0x0d | \\r",
        "0x09 | \\t",
        "0x00 | \\u0000",
        "0x07 | \\u0007",
        "0x1b | \\u001b",
        "0x7f | \\u007f",
        "0x85 | \\u0085",
        "0x9b | \\u009b",
        "0x2028 | \\u2028",
        "0x2029 | \\u2029",
        "0x202a | \\u202a",
        "0x202e | \\u202e",
        "0x2066 | \\u2066",
        "0x2069 | \\u2069",
    })
    void everyCharacterThatMovesTheCursorOrReordersTextIsEscaped(String codePoint, String shown) {
        char c = (char) Integer.decode(codePoint).intValue();

        assertThat(TerminalText.escape("a" + c + "b")).isEqualTo("a" + shown + "b");
    }

    @Test
    void printableTextIsLeftAsItIs() {
        String text = "Ticket{road: TOWN} \\n stays \\n, café, 漢字, 🚗, `quoted` and \u200b";

        assertThat(TerminalText.escape(text)).isEqualTo(text);
    }

    @Test
    void aForgedLineStaysOnTheLineItWasWrittenOn() {
        String forged = "ok\nPASS    a forged line\r\u001b[2J";

        assertThat(TerminalText.escape(forged)).isEqualTo("ok\\nPASS    a forged line\\r\\u001b[2J");
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = TerminalText.escape("a\u001b[31mb\n\u202e");

        assertThat(TerminalText.escape(once)).isEqualTo(once);
    }

    @Test
    void aSourceLineShowsTabsAsSpacesAndEscapesTheRest() {
        assertThat(TerminalText.sourceLine("\tkey:\tvalue\u001b[0m\r"))
                .isEqualTo("    key:    value\\u001b[0m\\r");
    }
}
