package whatif.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

/** The names of declared types and their fields, as written, for "did you mean" hints. */
record DeclaredNames(Map<String, List<String>> fieldsByType) {
    DeclaredNames {
        fieldsByType = Map.copyOf(fieldsByType);
    }

    static DeclaredNames of(List<DrlOutline> outlines) {
        Map<String, List<String>> fields = new TreeMap<>();
        for (DrlOutline outline : outlines) {
            for (TypeDeclarationDescr type : outline.types()) {
                fields.put(type.getTypeName(), new ArrayList<>(type.getFields().keySet()));
            }
            for (EnumDeclarationDescr type : outline.enums()) {
                fields.put(type.getTypeName(), new ArrayList<>(type.getFields().keySet()));
            }
        }
        return new DeclaredNames(fields);
    }

    List<String> typeNames() {
        return List.copyOf(new TreeMap<>(fieldsByType).keySet());
    }

    List<String> fieldsOf(String type) {
        return fieldsByType.getOrDefault(type, List.of());
    }
}
