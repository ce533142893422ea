package whatif.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

/**
 * The names of declared types, their fields and, for enums, their constants, as written, for
 * "did you mean" hints.
 */
record DeclaredNames(Map<String, List<String>> fieldsByType, Map<String, List<String>> constantsByEnum,
                     Map<String, String> packageByType) {
    DeclaredNames {
        fieldsByType = Map.copyOf(fieldsByType);
        constantsByEnum = Map.copyOf(constantsByEnum);
        packageByType = Map.copyOf(packageByType);
    }

    /**
     * The names the outlines declare, a subtype's fields after those it inherits from a declared
     * supertype (as Drools orders them). Read from what each outline kept before any build, so
     * that a compile from the outlines' own parse and one that parses again give the same names.
     */
    static DeclaredNames of(List<DrlOutline> outlines) {
        Map<String, List<String>> own = new TreeMap<>();
        Map<String, String> supertypes = new TreeMap<>();
        Map<String, List<String>> constants = new TreeMap<>();
        Map<String, String> packages = new TreeMap<>();
        for (DrlOutline outline : outlines) {
            for (TypeDeclarationDescr type : outline.types()) {
                own.put(type.getTypeName(), outline.ownFieldsOf(type.getTypeName()));
                outline.superTypeOf(type.getTypeName()).ifPresent(s -> supertypes.put(type.getTypeName(), s));
                packages.put(type.getTypeName(), outline.packageName());
            }
            for (EnumDeclarationDescr type : outline.enums()) {
                own.put(type.getTypeName(), outline.ownFieldsOf(type.getTypeName()));
                constants.put(type.getTypeName(), type.getLiterals().stream().map(EnumLiteralDescr::getName).toList());
                packages.put(type.getTypeName(), outline.packageName());
            }
        }
        Map<String, List<String>> fields = new TreeMap<>();
        own.keySet().forEach(type -> fields.put(type, withInherited(type, own, supertypes)));
        return new DeclaredNames(fields, constants, packages);
    }

    /** The fields of {@code type}'s declared supertypes, outermost first, then its own; a cycle (a build error of its own) stops the walk. */
    private static List<String> withInherited(String type, Map<String, List<String>> own, Map<String, String> supertypes) {
        List<String> chain = new ArrayList<>();
        for (String at = type; at != null && own.containsKey(at) && !chain.contains(at); at = supertypes.get(at)) {
            chain.add(0, at);
        }
        List<String> fields = new ArrayList<>();
        chain.forEach(t -> own.get(t).stream().filter(f -> !fields.contains(f)).forEach(fields::add));
        return fields;
    }

    List<String> typeNames() {
        return List.copyOf(new TreeMap<>(fieldsByType).keySet());
    }

    boolean isDeclared(String type) {
        return fieldsByType.containsKey(type);
    }

    boolean isEnum(String type) {
        return constantsByEnum.containsKey(type);
    }

    List<String> fieldsOf(String type) {
        return fieldsByType.getOrDefault(type, List.of());
    }

    String packageOf(String type) {
        return packageByType.getOrDefault(type, "");
    }

    List<String> constantsOf(String type) {
        return constantsByEnum.getOrDefault(type, List.of());
    }
}
