package whatif.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date moves by one day across month and year ends, in the form it was written in. */
class DateLiteralTest {
    @Test
    void theArgumentsOfLocalDateOfMoveAcrossTheYearEnd() {
        assertThat(DateLiteral.movedArguments("2024", "1", "1", -1)).contains("2023, 12, 31");
        assertThat(DateLiteral.movedArguments("2024", "2", "28", 1)).contains("2024, 2, 29");
    }

    @Test
    void threeNumbersThatAreNoDateAreLeftAlone() {
        assertThat(DateLiteral.movedArguments("2023", "2", "30", 1)).isEmpty();
    }

    @Test
    void aQuotedDateKeepsItsFormAndQuotes() {
        assertThat(DateLiteral.movedString("\"2012-10-07\"", 1)).contains("\"2012-10-08\"");
        assertThat(DateLiteral.movedString("'01-Nov-2017'", -1)).contains("'31-Oct-2017'");
    }

    @Test
    void aStringThatIsNoDateIsLeftAlone() {
        assertThat(DateLiteral.movedString("\"MG-2012\"", 1)).isEmpty();
        assertThat(DateLiteral.movedString("\"2012-13-07\"", 1)).isEmpty();
    }
}
