package whatif.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * What a sweep reads off each point's outcome: a field of the facts of one type
 * ({@code Ticket.excessKmh}), or one of the two names that need no type: {@code status}, how
 * the scenario came out, and {@code facts}, the types of the facts the rules produced.
 *
 * @param path empty for {@code status} and {@code facts}
 */
public record ObservedField(String name, Optional<FieldPath> path, Span span) {
    public static final String STATUS = "status";
    public static final String FACTS = "facts";
    /** The names that need no type, observed when a sweep names nothing. */
    public static final List<String> OWN_NAMES = List.of(STATUS, FACTS);

    public ObservedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(span, "span");
    }
}
