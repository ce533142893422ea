package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import whatif.rulebook.FactTypes;
import whatif.source.Span;

/**
 * Builds a {@link Trace} from Drools' agenda and working-memory events: the match being fired
 * gives the facts a rule's conditions matched, and each insert, update or delete during its
 * consequence is that rule's doing. Nothing is evaluated twice.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final FactTypes types;
    private final Map<Object, Integer> numbers = new IdentityHashMap<>();
    private final List<Trace.Entry> entries = new ArrayList<>();
    private List<Integer> matched = List.of();
    private Optional<Span> nextGiven = Optional.empty();
    private LocalDate on;

    TraceRecorder(FactTypes types) {
        this.types = types;
    }

    void attachTo(KieSession session) {
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) this);
        session.addEventListener((RuleRuntimeEventListener) this);
    }

    void dateIs(LocalDate date) {
        this.on = date;
    }

    /** The next fact inserted from outside the rules is the scenario's, written there. */
    void givenNext(Span span) {
        nextGiven = Optional.of(span);
    }

    Trace trace() {
        return new Trace(entries);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        List<Integer> facts = new ArrayList<>();
        for (Object object : event.getMatch().getObjects()) {
            // `from collect(...)` matches a list: the facts it collected are what the rule rests on.
            Iterable<?> found = object instanceof Collection<?> collected ? collected : List.of(object);
            for (Object fact : found) {
                Integer number = numbers.get(fact);
                if (number != null && !facts.contains(number)) {
                    facts.add(number);
                }
            }
        }
        matched = facts;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        matched = List.of();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        viewOf(event.getObject()).ifPresent(view -> {
            int number = numbers.computeIfAbsent(event.getObject(), o -> numbers.size() + 1);
            Optional<String> rule = nameOf(event.getRule());
            entries.add(new Trace.Inserted(number, view, rule, rule.isPresent() ? matched : List.of(),
                    rule.isPresent() ? Optional.empty() : nextGiven, on));
            nextGiven = Optional.empty();
        });
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        Integer number = numbers.get(event.getObject());
        if (number != null) {
            Optional<String> rule = nameOf(event.getRule());
            viewOf(event.getObject()).ifPresent(view -> entries.add(
                    new Trace.Changed(number, view, rule, rule.isPresent() ? matched : List.of(), on)));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Integer number = numbers.get(event.getOldObject());
        if (number != null) {
            viewOf(event.getOldObject()).ifPresent(view ->
                    entries.add(new Trace.Withdrawn(number, view, nameOf(event.getRule()), on)));
        }
    }

    private Optional<FactView> viewOf(Object fact) {
        if (fact instanceof Today today) {
            return Optional.of(new FactView("Today", Map.of("date", today.getDate())));
        }
        return types.typeOf(fact).map(type -> new FactView(type.name(), type.valuesOf(fact)));
    }

    private static Optional<String> nameOf(Rule rule) {
        return Optional.ofNullable(rule).map(Rule::getName);
    }
}
