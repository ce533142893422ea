package whatif.run;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Tells whether a point left a session's base state as it found it: no fact of the base (what the
 * rules concluded from the date alone) changed or deleted, and no event held (Drools' reset does
 * not clear what events leave behind, so a session that held one is discarded, not reset).
 */
final class BaseWatch implements RuleRuntimeEventListener {
    private final Set<Object> base = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Class<?>> eventClasses;
    private boolean touched;
    private boolean heldEvent;

    BaseWatch(Iterable<?> baseFacts, Set<Class<?>> eventClasses) {
        baseFacts.forEach(base::add);
        this.eventClasses = eventClasses;
        base.forEach(this::noticeEvent);
    }

    int baseSize() {
        return base.size();
    }

    /** Whether a base fact was changed or deleted since the base was taken. */
    boolean touched() {
        return touched;
    }

    boolean heldEvent() {
        return heldEvent;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        noticeEvent(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (base.contains(event.getObject())) {
            touched = true;
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (base.contains(event.getOldObject())) {
            touched = true;
        }
    }

    private void noticeEvent(Object fact) {
        if (!eventClasses.isEmpty() && eventClasses.contains(fact.getClass())) {
            heldEvent = true;
        }
    }
}
