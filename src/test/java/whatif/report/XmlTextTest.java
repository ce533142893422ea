package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void controlCharactersAreEscapedAsInTheTextReport() {
        assertThat(XmlText.of("a\u001b[2Jb\u0000c\td")).isEqualTo("a\\u001b[2Jb\\u0000c\\td");
        assertThat(XmlText.of("bidi \u202Eevil")).isEqualTo("bidi \\u202eevil");
    }

    @Test
    void charactersXmlCannotHoldAtAllAreEscapedAndPairedSurrogatesKept() {
        assertThat(XmlText.of("a\uFFFEb\uFFFFc")).isEqualTo("a\\ufffeb\\uffffc");
        assertThat(XmlText.of("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone \\ud800 high, lone \\udc00 low");
        assertThat(XmlText.of("emoji \uD83D\uDE00 stays")).isEqualTo("emoji \uD83D\uDE00 stays");
    }

    @Test
    void markupIsLeftToTheXmlWriter() {
        assertThat(XmlText.of("<b>&\"'</b>")).isEqualTo("<b>&\"'</b>");
    }

    @Test
    void linesAreEscapedEachAndJoinedByLineBreaksEvenAfterAnEmptyOne() {
        assertThat(XmlText.lines(List.of("", "a\nb", "c"))).isEqualTo("\na\\nb\nc");
    }
}
