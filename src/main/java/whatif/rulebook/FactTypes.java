package whatif.rulebook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** The fact types a rule book declares, found by simple or qualified name. */
public record FactTypes(List<DeclaredType> types, Map<Class<?>, DeclaredType> byClass) {
    public FactTypes {
        types = List.copyOf(types);
        byClass = Map.copyOf(byClass);
    }

    public FactTypes(List<DeclaredType> types) {
        this(types, types.stream().collect(Collectors.toMap(t -> t.factType().getFactClass(), t -> t, (a, b) -> a)));
    }

    /** By simple name ({@code Violation}) or, where two packages share it, qualified name. */
    public Optional<DeclaredType> find(String name) {
        List<DeclaredType> matches = types.stream()
                .filter(t -> t.name().equals(name) || t.qualifiedName().equals(name))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The type a fact object belongs to, if it is of a declared type. */
    public Optional<DeclaredType> typeOf(Object fact) {
        return Optional.ofNullable(byClass.get(fact.getClass()));
    }

    public boolean isAmbiguous(String name) {
        return types.stream().filter(t -> t.name().equals(name)).count() > 1;
    }

    public List<String> names() {
        return types.stream().filter(t -> !t.factType().getFactClass().isEnum()).map(DeclaredType::name).sorted().toList();
    }
}
