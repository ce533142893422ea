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

    static DeclaredNames of(List<DrlOutline> outlines) {
        Map<String, List<String>> fields = new TreeMap<>();
        Map<String, List<String>> constants = new TreeMap<>();
        Map<String, String> packages = new TreeMap<>();
        for (DrlOutline outline : outlines) {
            for (TypeDeclarationDescr type : outline.types()) {
                fields.put(type.getTypeName(), new ArrayList<>(type.getFields().keySet()));
                packages.put(type.getTypeName(), outline.packageName());
            }
            for (EnumDeclarationDescr type : outline.enums()) {
                fields.put(type.getTypeName(), new ArrayList<>(type.getFields().keySet()));
                constants.put(type.getTypeName(), type.getLiterals().stream().map(EnumLiteralDescr::getName).toList());
                packages.put(type.getTypeName(), outline.packageName());
            }
        }
        return new DeclaredNames(fields, constants, packages);
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
