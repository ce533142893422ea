package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.definition.type.FactField;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.FactTypes;

/**
 * What a kept session holds before a point's facts go in: every fact, with the field values of
 * those of declared types, and the firings it took to get there. After a point it tells whether
 * the session is back as it was: the same number of facts, each of these still in, none changed.
 * Checked by reading, not by listening to Drools' events: a listener makes Drools build an event
 * object for every insert and delete, which cost more than this check.
 */
final class BaseState {
    private final LocalDate date;
    private final int firings;
    private final long factCount;
    private final List<FactHandle> handles = new ArrayList<>();
    private final List<Object> facts = new ArrayList<>();
    private final List<FactField[]> fields = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();

    BaseState(KieSession session, LocalDate date, int firings, FactTypes types) {
        this.date = date;
        this.firings = firings;
        this.factCount = session.getFactCount();
        for (FactHandle handle : session.getFactHandles()) {
            Object fact = session.getObject(handle);
            FactField[] declared = types.typeOf(fact).map(BaseState::fieldsOf).orElse(new FactField[0]);
            handles.add(handle);
            facts.add(fact);
            fields.add(declared);
            values.add(read(fact, declared));
        }
    }

    LocalDate date() {
        return date;
    }

    /** The rules' firings before the point: they count against the run's limit. */
    int firings() {
        return firings;
    }

    /** Whether the session holds what it held when the base was taken, each fact unchanged. */
    boolean isIntact(KieSession session) {
        if (session.getFactCount() != factCount) {
            return false;
        }
        for (int i = 0; i < handles.size(); i++) {
            Object fact = session.getObject(handles.get(i));
            if (fact != facts.get(i) || !java.util.Arrays.equals(values.get(i), read(fact, fields.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static FactField[] fieldsOf(DeclaredType type) {
        return type.fieldNames().stream().map(type.factType()::getField).filter(Objects::nonNull).toArray(FactField[]::new);
    }

    private static Object[] read(Object fact, FactField[] fields) {
        Object[] read = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            read[i] = fields[i].get(fact);
        }
        return read;
    }
}
