package whatif.run;

import java.time.LocalDate;
import java.util.Objects;
import whatif.source.Span;

/**
 * One expectation checked: what was expected, what was found, and whether it held.
 *
 * @param on   the scenario date it was checked on
 * @param span where the expectation is written in the scenario file
 */
public record Verdict(String expectation, boolean held, String expected, String actual, LocalDate on, Span span) {
    public Verdict {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(span, "span");
    }
}
