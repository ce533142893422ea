package whatif.scenario;

import java.util.Objects;
import java.util.Set;
import whatif.source.Span;

/**
 * A value as the user wrote it in a scenario file, with its place. It stays text until it is
 * bound to a declared field, whose type decides what the text means.
 *
 * @param plain whether it was written without quotes (only a plain {@code ~} or {@code null} is null)
 */
public record Scalar(String text, boolean plain, Span span) {
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    public Scalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Scalar of(String text, Span span) {
        return new Scalar(text, true, span);
    }

    public boolean isNull() {
        return plain && NULLS.contains(text);
    }
}
