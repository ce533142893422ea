package whatif.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> FIELDS = List.of("road", "speedKmh", "limitKmh");

    @Test
    void suggestsTheNearestNameForATypoOrACutShortName() {
        assertThat(Suggestions.nearest("raod", FIELDS)).contains("road");
        assertThat(Suggestions.nearest("sped", FIELDS)).contains("speedKmh");
        assertThat(Suggestions.nearest("SPEEDKMH", FIELDS)).contains("speedKmh");
    }

    @Test
    void suggestsNothingForANameFarFromAll() {
        assertThat(Suggestions.nearest("colour", FIELDS)).isEmpty();
        assertThat(Suggestions.hint("colour", FIELDS)).isEqualTo("expected one of `road`, `speedKmh`, `limitKmh`");
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Suggestions.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
