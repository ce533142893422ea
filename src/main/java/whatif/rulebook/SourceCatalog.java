package whatif.rulebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources a rule book's rules cite, read from {@code sources.yaml} beside the rules; empty when
 * the rule book has none. A rule cites them as {@code @source("S22, S26")}: items separated by
 * commas or semicolons, each starting with an ID, optionally followed by a note
 * ({@code @source("S54; S58 table 2")}).
 */
public final class SourceCatalog {
    public static final SourceCatalog NONE = new SourceCatalog(List.of(), false);

    private final Map<String, CitedSource> byId = new LinkedHashMap<>();
    private final boolean present;

    SourceCatalog(List<CitedSource> sources, boolean present) {
        sources.forEach(source -> byId.putIfAbsent(source.id(), source));
        this.present = present;
    }

    /** Whether the rule book has a sources file at all; without one, citations are not checked. */
    public boolean isPresent() {
        return present;
    }

    public Optional<CitedSource> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<CitedSource> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The IDs a {@code @source} value cites, in order: the first word of each item. */
    public static List<String> idsCitedBy(String sourceMetadata) {
        List<String> ids = new ArrayList<>();
        for (String item : sourceMetadata.split("[,;]")) {
            Arrays.stream(item.strip().split("\\s+")).findFirst().filter(id -> !id.isEmpty()).ifPresent(ids::add);
        }
        return ids;
    }
}
