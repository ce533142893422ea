package whatif.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * One dated entry of a scenario's timeline: an event to insert on that date, the expectations to
 * check right after the rules have fired, or both.
 */
public record Step(LocalDate on, Span span, Optional<FactSpec> fact, Expectations expect) {
    public Step {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(expect, "expect");
    }
}
