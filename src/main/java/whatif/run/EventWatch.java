package whatif.run;

import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.FactTypes;

/**
 * Notices whether a session has held an event (a fact of a type declared {@code @role(event)}),
 * inserted by the scenario or by a rule. Drools' session reset leaves state behind after events:
 * measured, a session reset after a run with sliding windows and {@code after[0d, 30d]} gave
 * another outcome than a new session, or threw inside the network. Such a session is discarded.
 */
final class EventWatch implements RuleRuntimeEventListener {
    private final Set<Class<?>> eventClasses;
    private boolean heldEvent;

    private EventWatch(Set<Class<?>> eventClasses) {
        this.eventClasses = eventClasses;
    }

    /** A watch for a rule book's events; empty when it declares none, so that no listener costs anything. */
    static java.util.Optional<EventWatch> of(FactTypes types) {
        Set<Class<?>> events = types.types().stream().filter(DeclaredType::isEvent)
                .map(t -> t.factType().getFactClass()).collect(Collectors.toUnmodifiableSet());
        return events.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new EventWatch(events));
    }

    boolean heldEvent() {
        return heldEvent;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (!heldEvent && eventClasses.contains(event.getObject().getClass())) {
            heldEvent = true;
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }
}
