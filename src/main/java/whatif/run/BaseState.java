package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.type.FactField;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.FactTypes;

/**
 * What a kept session holds before a point's facts go in: every fact, with the field values of
 * those of declared types, and the firings it took to get there; and, after a point, whether
 * deleting the point's facts brings the session back to it. Checked by reading (with two of
 * Drools' internals: a fact handle's truth-maintenance status), not by listening to Drools'
 * events: a listener makes Drools build an event object for every insert and delete.
 */
final class BaseState {
    private final LocalDate date;
    private final int firings;
    private final List<FactHandle> handles = new ArrayList<>();
    private final List<Object> facts = new ArrayList<>();
    private final List<FactField[]> fields = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();
    private final Set<Object> baseFacts = Collections.newSetFromMap(new IdentityHashMap<>());

    BaseState(KieSession session, LocalDate date, int firings, FactTypes types) {
        this.date = date;
        this.firings = firings;
        for (FactHandle handle : session.getFactHandles()) {
            Object fact = session.getObject(handle);
            FactField[] declared = types.typeOf(fact).map(BaseState::fieldsOf).orElse(new FactField[0]);
            handles.add(handle);
            facts.add(fact);
            fields.add(declared);
            values.add(read(fact, declared));
            baseFacts.add(fact);
        }
    }

    LocalDate date() {
        return date;
    }

    /** The rules' firings before the point: they count against the run's limit. */
    int firings() {
        return firings;
    }

    /**
     * Whether the session will be back at this base once the point's own facts are deleted: every
     * fact of the base still in and unchanged, and every other fact but the point's own inserted
     * logically, so that truth maintenance withdraws it with the point's facts. A fact a rule
     * stated ({@code insert}) would stay. Read before the point's facts are deleted, so that their
     * withdrawal can wait for the next point's firing, as one pass through the network.
     */
    boolean survives(KieSession session, List<FactHandle> own) {
        for (int i = 0; i < handles.size(); i++) {
            Object fact = session.getObject(handles.get(i));
            if (fact != facts.get(i) || !java.util.Arrays.equals(values.get(i), read(fact, fields.get(i)))) {
                return false;
            }
        }
        long others = session.getFactCount() - handles.size() - own.size();
        if (others == 0) {
            return true;
        }
        for (FactHandle handle : session.getFactHandles()) {
            if (isStated((InternalFactHandle) handle) && !baseFacts.contains(((InternalFactHandle) handle).getObject())
                    && !own.contains(handle)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStated(InternalFactHandle handle) {
        EqualityKey key = handle.getEqualityKey();
        return key == null || key.getStatus() == EqualityKey.STATED;
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
