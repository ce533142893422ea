package whatif.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import whatif.rulebook.DeclaredType;

/**
 * Reads the observed fields off working memory, in the order {@link Observation} promises: the
 * facts of each observed type (of that very type, as reports count them) that the rules produced,
 * sorted by the values of its observed fields. Nothing else is read, and no text is made.
 */
final class ObservedReader {
    /** Nulls first, then each value's natural order: numbers and dates by value, text by character, enums as declared. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> VALUE_ORDER = Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b));
    private static final Comparator<Object[]> ROW_ORDER = (a, b) -> {
        for (int i = 0; i < a.length; i++) {
            int byValue = VALUE_ORDER.compare(a[i], b[i]);
            if (byValue != 0) {
                return byValue;
            }
        }
        return 0;
    };

    /** One observed type: its facts are read once for all of its observed fields. */
    private record Group(Class<?> factClass, ObjectFilter filter, List<Observed> fields, int[] indices) {
    }

    private final int size;
    private final List<Group> groups = new ArrayList<>();

    ObservedReader(List<Observed> observed) {
        this.size = observed.size();
        Map<DeclaredType, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < observed.size(); i++) {
            byType.computeIfAbsent(observed.get(i).type(), t -> new ArrayList<>()).add(i);
        }
        byType.forEach((type, indices) -> {
            Class<?> factClass = type.factType().getFactClass();
            // Drools iterates only that class's store for a ClassObjectFilter (and its subclasses': left out below).
            groups.add(new Group(factClass, new ClassObjectFilter(factClass), indices.stream().map(observed::get).toList(),
                    indices.stream().mapToInt(Integer::intValue).toArray()));
        });
    }

    int size() {
        return size;
    }

    /** @param scenarioFacts the point's own facts (by identity): left out, as outcomes leave them out */
    List<List<Object>> read(KieSession session, Set<Object> scenarioFacts) {
        List<List<Object>> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(new ArrayList<>(1));
        }
        for (Group group : groups) {
            List<Object[]> rows = new ArrayList<>(1);
            for (Object fact : session.getObjects(group.filter())) {
                if (fact.getClass() != group.factClass() || scenarioFacts.contains(fact)) {
                    continue;
                }
                Object[] row = new Object[group.fields().size()];
                for (int k = 0; k < row.length; k++) {
                    row[k] = group.fields().get(k).valueOf(fact);
                }
                rows.add(row);
            }
            if (rows.size() > 1) {
                rows.sort(ROW_ORDER);
            }
            for (Object[] row : rows) {
                for (int k = 0; k < row.length; k++) {
                    values.get(group.indices()[k]).add(row[k]);
                }
            }
        }
        return values;
    }
}
