package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import whatif.run.FactView;
import whatif.run.ValueText;
import whatif.source.Span;

/**
 * At most one fact of a type, or at most one for each value of one of its fields ({@code per}):
 * a rule book that concludes two verdicts for one proposal contradicts itself.
 */
public record AtMostOne(String type, Optional<String> per, Span span) implements PointInvariant {
    public AtMostOne {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public Optional<String> brokenBy(List<FactView> facts) {
        Map<String, List<FactView>> groups = new TreeMap<>();
        for (FactView fact : facts) {
            if (fact.type().equals(type)) {
                String key = per.map(field -> ValueText.of(fact.values().get(field))).orElse("");
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
            }
        }
        return groups.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst().map(e -> {
            List<String> described = e.getValue().stream().map(FactView::describe).sorted().toList();
            return e.getValue().size() + " " + type + " facts" + per.map(f -> " for " + f + " `" + e.getKey() + "`").orElse("")
                    + ": " + String.join(", ", described);
        });
    }

    @Override
    public String describe() {
        return "at most one " + type + per.map(f -> " per " + f).orElse("");
    }
}
