package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.type.FactField;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.FactTypes;

/**
 * What a kept session holds before a point's facts go in: every fact, with the field values of
 * those of declared types, and the firings it took to get there; and, after a point, whether
 * deleting the point's facts brings the session back to it.
 * <p>
 * It listens to the session for what a point could change: a fact of the base deleted or updated,
 * and every fact inserted since the last check. Reading every fact handle of the session after
 * each point instead cost a tenth of a point's time (JFR, a million-point sweep): a base holds
 * tens of facts, and a point inserts a handful. A rule that sets a field of a base fact without
 * telling Drools raises no event, so the base's field values are compared too, off the facts
 * themselves. A fact handle's truth-maintenance status is read with two of Drools' internals.
 * The listener goes with the session: Drools' reset removes listeners, and a base is never kept
 * across a reset.
 */
final class BaseState implements RuleRuntimeEventListener {
    private final LocalDate date;
    private final int firings;
    private final Object[] facts;
    private final FactField[][] fields;
    private final Object[][] values;
    private final Set<FactHandle> baseHandles = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Facts inserted since the last check, by the point or by rules; most are withdrawn again. */
    private final List<FactHandle> inserted = new ArrayList<>();
    private boolean baseTouched;

    BaseState(KieSession session, LocalDate date, int firings, FactTypes types) {
        this.date = date;
        this.firings = firings;
        List<Object> held = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles()) {
            held.add(session.getObject(handle));
            baseHandles.add(handle);
        }
        this.facts = held.toArray();
        this.fields = new FactField[facts.length][];
        this.values = new Object[facts.length][];
        for (int i = 0; i < facts.length; i++) {
            fields[i] = types.typeOf(facts[i]).map(BaseState::fieldsOf).orElse(new FactField[0]);
            values[i] = read(facts[i], fields[i]);
        }
        session.addEventListener(this);
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
        try {
            if (baseTouched) {
                return false;
            }
            for (int i = 0; i < facts.length; i++) {
                if (!unchanged(i)) {
                    return false;
                }
            }
            for (FactHandle handle : inserted) {
                if (isStated((InternalFactHandle) handle) && !own.contains(handle) && session.getObject(handle) != null) {
                    return false;
                }
            }
            return true;
        } finally {
            inserted.clear();
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        inserted.add(event.getFactHandle());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        baseTouched |= baseHandles.contains(event.getFactHandle());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        baseTouched |= baseHandles.contains(event.getFactHandle());
    }

    private boolean unchanged(int fact) {
        for (int k = 0; k < fields[fact].length; k++) {
            if (!Objects.equals(values[fact][k], fields[fact][k].get(facts[fact]))) {
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
