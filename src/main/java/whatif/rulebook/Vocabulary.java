package whatif.rulebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a rule book declares: its fact types with their fields, and its rules. Carried by
 * every outcome, so that an assertion naming a type, field or rule that does not exist fails
 * instead of passing vacuously ("no fact `Tiket`" holds of any rule book).
 *
 * @param known false for {@link #UNKNOWN}: an outcome made without a rule book checks no name
 */
public record Vocabulary(Map<String, List<String>> fieldsByType, List<String> rules, boolean known) {
    public static final Vocabulary UNKNOWN = new Vocabulary(Map.of(), List.of(), false);

    public Vocabulary {
        fieldsByType = Map.copyOf(fieldsByType);
        rules = List.copyOf(rules);
    }

    static Vocabulary of(FactTypes types, List<RuleInfo> rules) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        types.types().forEach(type -> fields.putIfAbsent(type.name(), type.fieldNames()));
        return new Vocabulary(fields, rules.stream().map(RuleInfo::name).toList(), true);
    }

    public boolean hasType(String type) {
        return !known || fieldsByType.containsKey(type);
    }

    /** The fields of a declared type; empty for a type not declared. */
    public Optional<List<String>> fieldsOf(String type) {
        return Optional.ofNullable(fieldsByType.get(type));
    }

    public boolean hasRule(String rule) {
        return !known || rules.contains(rule);
    }
}
