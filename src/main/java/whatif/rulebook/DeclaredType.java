package whatif.rulebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.definition.type.FactType;

/**
 * A fact type declared in DRL ({@code declare Name ... end}): its fields in declaration order,
 * and whether it is an event ({@code @role(event)}), whose timestamp is the scenario date it
 * was inserted on.
 */
public record DeclaredType(String name, String packageName, List<DeclaredField> fields, boolean isEvent,
                           FactType factType) {
    public DeclaredType {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }

    public Optional<DeclaredField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(DeclaredField::name).toList();
    }

    public boolean isInstance(Object fact) {
        return factType.getFactClass().isInstance(fact);
    }

    /** A new fact of this type with the given (already converted) field values. */
    public Object newFact(Map<String, Object> values) {
        try {
            Object fact = factType.newInstance();
            values.forEach((fieldName, value) -> factType.set(fact, fieldName, value));
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create a `" + name + "`: " + e.getMessage(), e);
        }
    }

    /** The fact's field values in declaration order. */
    public Map<String, Object> valuesOf(Object fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (DeclaredField field : fields) {
            values.put(field.name(), factType.get(fact, field.name()));
        }
        return values;
    }
}
