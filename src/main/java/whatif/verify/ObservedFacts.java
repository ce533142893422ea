package whatif.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import whatif.run.FactView;
import whatif.run.Observation;
import whatif.run.Observed;
import whatif.run.PreparedScenario;

/**
 * The facts a check's invariants look at, read lean: of each type an invariant names, the fields
 * the invariants read ({@code per}, {@code on}, a selector's fields, a monotone's field; the first
 * declared field where they read none, to count the facts by) are observed
 * ({@link PreparedScenario#observed}). The values of one type's fields line up fact by fact, so
 * each fact comes back as a {@link FactView} holding those fields, which the invariants judge as
 * they would judge a full run's facts.
 */
final class ObservedFacts {
    private record Group(String type, List<String> fields, int first) {
    }

    private final List<Observed> observed = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private boolean complete = true;

    ObservedFacts(PreparedScenario prepared, List<Invariant> invariants) {
        fieldsRead(invariants).forEach((type, read) -> {
            List<String> declared = prepared.ruleBook().factTypes().find(type).orElseThrow().fieldNames();
            // A type without fields has no value to count its facts by: then points run in full.
            complete &= !declared.isEmpty();
            List<String> fields = read.isEmpty() ? declared.stream().limit(1).toList() : List.copyOf(read);
            groups.add(new Group(type, fields, observed.size()));
            for (String field : fields) {
                observed.add(prepared.observed(type + "." + field));
            }
        });
    }

    /** Whether {@link #facts} gives every fact of the invariants' types; false when one has no fields to read. */
    boolean complete() {
        return complete;
    }

    /** The fields to observe, in the order {@link #facts} reads them. */
    List<Observed> observed() {
        return Collections.unmodifiableList(observed);
    }

    /** The facts of the invariants' types at the end of the point's run, with the fields read, in no particular order. */
    List<FactView> facts(Observation observation) {
        List<FactView> facts = new ArrayList<>();
        for (Group group : groups) {
            int count = observation.valuesOf(group.first()).size();
            for (int row = 0; row < count; row++) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int f = 0; f < group.fields().size(); f++) {
                    values.put(group.fields().get(f), observation.valuesOf(group.first() + f).get(row));
                }
                facts.add(new FactView(group.type(), values));
            }
        }
        return facts;
    }

    /** For each type an invariant names, the fields it reads, in the order first named. */
    private static Map<String, Set<String>> fieldsRead(List<Invariant> invariants) {
        Map<String, Set<String>> read = new LinkedHashMap<>();
        for (Invariant invariant : invariants) {
            if (invariant instanceof AtMostOne one) {
                fields(read, one.type()).addAll(one.per().stream().toList());
            } else if (invariant instanceof NeverBoth both) {
                for (FactSelector selector : List.of(both.first(), both.second())) {
                    fields(read, selector.type()).addAll(selector.fields().keySet());
                    both.on().ifPresent(fields(read, selector.type())::add);
                }
            } else if (invariant instanceof Monotone monotone) {
                fields(read, monotone.observedType()).add(monotone.observedField());
            }
        }
        return read;
    }

    private static Set<String> fields(Map<String, Set<String>> read, String type) {
        return read.computeIfAbsent(type, t -> new LinkedHashSet<>());
    }
}
