package whatif.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean" by edit distance, as Elm and picocli suggest. */
class SuggestionsTest {
    private static final List<String> FIELDS = List.of("road", "speedKmh", "limitKmh");

    @ParameterizedTest(name = "`{0}` -> `{1}`")
    @CsvSource({
        "raod, road",           // two letters swapped
        "rod, road",            // one left out
        "roads, road",          // one too many
        "sped, speedKmh",       // cut short, with a slip
        "speed, speedKmh",      // cut short
        "SPEEDKMH, speedKmh",   // case
        "limitKmhs, limitKmh",
        "thelimitKmh, limitKmh" // the name inside a longer one
    })
    void suggestsTheNearestNameForATypoOrACutShortName(String typed, String suggested) {
        assertThat(Suggestions.nearest(typed, FIELDS)).contains(suggested);
        assertThat(Suggestions.hint(typed, FIELDS)).isEqualTo("did you mean `" + suggested + "`?");
    }

    @Test
    void suggestsNothingForANameFarFromAllAndListsWhatExists() {
        assertThat(Suggestions.nearest("colour", FIELDS)).isEmpty();
        assertThat(Suggestions.hint("colour", FIELDS)).isEqualTo("expected one of `road`, `speedKmh`, `limitKmh`");
        assertThat(Suggestions.hint("colour", List.of())).isEmpty();
        assertThat(Suggestions.nearest("x", List.of())).isEmpty();
    }

    @Test
    void aTieGoesToTheFirstInAlphabeticalOrderWhateverTheOrderGiven() {
        assertThat(Suggestions.nearest("cat", List.of("cut", "bat"))).contains("bat");
        assertThat(Suggestions.nearest("cat", List.of("bat", "cut"))).contains("bat");
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Suggestions.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }

    @Test
    void quotesNamesInBackticksInTheOrderGiven() {
        assertThat(Suggestions.quoted(List.of("b", "a"))).isEqualTo("`b`, `a`");
        assertThat(Suggestions.quoted(List.of())).isEmpty();
    }
}
