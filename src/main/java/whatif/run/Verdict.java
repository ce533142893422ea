package whatif.run;

import java.time.LocalDate;
import java.util.Objects;
import whatif.source.Span;

/**
 * One expectation checked: what was expected, what was found, and whether it held.
 *
 * @param on      the scenario date it was checked on
 * @param span    where the expectation is written in the scenario file
 * @param vacuous true when it held only through facts the scenario itself gave, untouched by any
 *                rule: it would hold whatever the rules say
 */
public record Verdict(String expectation, boolean held, String expected, String actual, LocalDate on, Span span,
                      boolean vacuous) {
    public Verdict {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(span, "span");
    }

    public Verdict(String expectation, boolean held, String expected, String actual, LocalDate on, Span span) {
        this(expectation, held, expected, actual, on, span, false);
    }
}
