package whatif.run;

import org.kie.api.definition.type.FactField;
import whatif.rulebook.DeclaredField;
import whatif.rulebook.DeclaredType;

/**
 * A field read off every fact of a type in working memory at the end of a run, such as
 * {@code Verdict.value}. Made by {@link PreparedScenario#observed(String)}, which checks the path.
 */
public final class Observed {
    private final String path;
    private final DeclaredType type;
    private final DeclaredField field;
    private final FactField accessor;

    Observed(String path, DeclaredType type, DeclaredField field) {
        this.path = path;
        this.type = type;
        this.field = field;
        this.accessor = type.factType().getField(field.name());
    }

    /** As written: {@code Verdict.value}. */
    public String path() {
        return path;
    }

    public String typeName() {
        return type.name();
    }

    public String fieldName() {
        return field.name();
    }

    DeclaredType type() {
        return type;
    }

    Object valueOf(Object fact) {
        return accessor.get(fact);
    }

    @Override
    public String toString() {
        return path;
    }
}
