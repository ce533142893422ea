package whatif.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.run.FactView;
import whatif.run.ValueText;
import whatif.source.Span;

/**
 * Never a fact like {@code first} together with one like {@code second}; with {@code on}, only
 * when both have the same value in that field (the same proposal, say).
 */
public record NeverBoth(FactSelector first, FactSelector second, Optional<String> on, Span span) implements PointInvariant {
    public NeverBoth {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public Optional<String> brokenBy(List<FactView> facts) {
        for (FactView a : facts) {
            if (!first.matches(a)) {
                continue;
            }
            for (FactView b : facts) {
                if (b != a && second.matches(b) && sameOn(a, b)) {
                    return Optional.of("both " + a.describe() + " and " + b.describe());
                }
            }
        }
        return Optional.empty();
    }

    private boolean sameOn(FactView a, FactView b) {
        return on.map(field -> Objects.equals(text(a, field), text(b, field))).orElse(true);
    }

    private static String text(FactView fact, String field) {
        Object value = fact.values().get(field);
        return value == null ? null : ValueText.of(value);
    }

    @Override
    public String describe() {
        return "never both " + first.describe() + " and " + second.describe() + on.map(f -> " for one " + f).orElse("");
    }
}
