package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Html.text("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void controlAndBidiCharactersAreShownEscapedSoNothingHidesOrReordersText() {
        assertThat(Html.text("a\nb\u001b[2J \u202Eevil")).isEqualTo("a\\nb\\u001b[2J \\u202eevil");
    }

    @Test
    void linesAlreadySafeForATerminalKeepTheirLineBreaks() {
        assertThat(Html.lines("error: `<x>`\r\n  --> a.yaml:1:1")).isEqualTo("error: `&lt;x&gt;`\n  --&gt; a.yaml:1:1");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(Html.isWebAddress("https://example.org/a?b=1&c=2")).isTrue();
        assertThat(Html.isWebAddress("HTTP://EXAMPLE.ORG")).isTrue();
        assertThat(Html.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(Html.isWebAddress(" javascript:alert(1)")).isFalse();
        assertThat(Html.isWebAddress("file:///etc/passwd")).isFalse();
        assertThat(Html.isWebAddress("data:text/html,<script>")).isFalse();
        assertThat(Html.isWebAddress("https://example.org/a b")).isFalse();
        assertThat(Html.isWebAddress("")).isFalse();
    }
}
