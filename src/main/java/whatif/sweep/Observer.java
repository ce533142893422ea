package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.ValueText;
import whatif.scenario.FieldPath;
import whatif.scenario.ObservedField;

/**
 * Reads the observed fields off an outcome. A field of a type is the values of every fact of that
 * type the rules produced (those the selector keeps), sorted as text and joined with {@code |}, so
 * that the cell does not depend on the order working memory gives; no such fact is an empty cell.
 * {@code status} is how the scenario came out; {@code facts} the produced types with their counts.
 */
final class Observer {
    static final String SEPARATOR = "|";
    private final List<ObservedField> fields;

    Observer(List<ObservedField> fields) {
        this.fields = List.copyOf(fields);
    }

    List<String> names() {
        return fields.stream().map(ObservedField::name).toList();
    }

    Observation observe(Outcome outcome) {
        List<String> values = new ArrayList<>(fields.size());
        for (ObservedField field : fields) {
            values.add(field.path().map(p -> valuesOf(p, outcome.facts())).orElseGet(() -> own(field.name(), outcome)));
        }
        return new Observation(values, error(outcome));
    }

    private static String valuesOf(FieldPath path, List<FactView> facts) {
        List<String> values = new ArrayList<>();
        for (FactView fact : facts) {
            if (fact.type().equals(path.type()) && selected(path, fact)) {
                Object value = fact.values().get(path.field());
                if (value != null) {
                    values.add(ValueText.of(value));
                }
            }
        }
        values.sort(null);
        return String.join(SEPARATOR, values);
    }

    private static boolean selected(FieldPath path, FactView fact) {
        return path.where().map(s -> {
            Object value = fact.values().get(s.field());
            return value != null && ValueText.of(value).equals(s.value());
        }).orElse(true);
    }

    private static String own(String name, Outcome outcome) {
        if (name.equals(ObservedField.STATUS)) {
            return outcome.status().label();
        }
        Map<String, Integer> counts = new TreeMap<>();
        outcome.facts().forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + ":" + n));
        return String.join(" ", parts);
    }

    /** The rules' error, or for a point the rules could not take (a value that does not fit), the first diagnostic. */
    private static String error(Outcome outcome) {
        if (outcome.error().isPresent()) {
            return outcome.error().get().message(); // it names the rule at fault
        }
        return outcome.diagnostics().stream().filter(d -> d.isError()).findFirst().map(d -> d.message()).orElse("");
    }
}
