package whatif.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.run.FactView;
import whatif.run.Trace;

/**
 * What the rules concluded, date by date: the facts they produced, changed and withdrew on each
 * date of a run, read from its {@link Trace}. For a "what if" written without expectations, this
 * is the answer. The scenario's own facts and whatif's {@code Today} are left out.
 */
public record Timeline(String scenario, Map<LocalDate, List<Event>> byDate) {
    public Timeline {
        byDate = Map.copyOf(byDate);
    }

    /** What happened to one fact on a date. */
    public record Event(Kind kind, FactView fact, Optional<String> rule) {
    }

    public enum Kind {
        PRODUCED, CHANGED, WITHDRAWN
    }

    /** The dates in order, each with its events in the order they happened. */
    public List<Map.Entry<LocalDate, List<Event>>> dates() {
        return byDate.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public static Timeline of(String scenario, Trace trace) {
        Map<Integer, Boolean> byRules = new LinkedHashMap<>();
        Map<LocalDate, List<Event>> byDate = new LinkedHashMap<>();
        for (Trace.Entry entry : trace.entries()) {
            Optional<Event> event = Optional.empty();
            if (entry instanceof Trace.Inserted inserted) {
                byRules.put(inserted.fact(), inserted.rule().isPresent());
                event = inserted.rule().map(rule -> new Event(Kind.PRODUCED, inserted.view(), Optional.of(rule)));
            } else if (entry instanceof Trace.Changed changed && changed.rule().isPresent()) {
                event = Optional.of(new Event(Kind.CHANGED, changed.view(), changed.rule()));
            } else if (entry instanceof Trace.Withdrawn gone && byRules.getOrDefault(gone.fact(), false)) {
                event = Optional.of(new Event(Kind.WITHDRAWN, gone.view(), gone.rule()));
            }
            event.ifPresent(e -> byDate.computeIfAbsent(entry.on(), d -> new ArrayList<>()).add(e));
        }
        byDate.replaceAll((date, events) -> withoutRederivations(events));
        byDate.values().removeIf(List::isEmpty);
        return new Timeline(scenario, byDate);
    }

    /**
     * When the date moves, truth maintenance withdraws every conclusion that matched the old date
     * and the rules draw the same ones again: a withdrawal and a production of an equal fact on one
     * date cancel out, so that only what changed is listed.
     */
    private static List<Event> withoutRederivations(List<Event> events) {
        List<Event> kept = new ArrayList<>(events);
        for (int i = 0; i < kept.size(); i++) {
            Event gone = kept.get(i);
            if (gone.kind() != Kind.WITHDRAWN) {
                continue;
            }
            for (int j = 0; j < kept.size(); j++) {
                Event back = kept.get(j);
                if (back.kind() == Kind.PRODUCED && back.fact().equals(gone.fact())) {
                    kept.remove(Math.max(i, j));
                    kept.remove(Math.min(i, j));
                    i = -1; // start again: indexes moved
                    break;
                }
            }
        }
        return kept;
    }
}
