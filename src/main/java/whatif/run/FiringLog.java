package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, from Drools' own agenda events, every rule that fired and on which scenario date, and
 * which rule is firing right now: the one to blame when a consequence throws an error, overflows
 * the stack or never returns.
 */
final class FiringLog extends DefaultAgendaEventListener {
    private final List<Firing> firings = new ArrayList<>();
    private LocalDate today;
    private volatile String firingNow; // read by the thread that waits for a run to end

    void dateIs(LocalDate date) {
        this.today = date;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingNow = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.add(new Firing(event.getMatch().getRule().getName(), today));
        firingNow = null;
    }

    /** The rule whose consequence is running, or empty between firings. */
    Optional<String> firingNow() {
        return Optional.ofNullable(firingNow);
    }

    List<Firing> all() {
        return List.copyOf(firings);
    }

    int size() {
        return firings.size();
    }

    /** Rule names fired from position {@code from} on, each once, in first-fired order. */
    List<String> rulesSince(int from) {
        return firings.subList(from, firings.size()).stream().map(Firing::rule).distinct().toList();
    }

    /** The rule that fired most often, with its count: the likely culprit of a runaway. */
    Map.Entry<String, Integer> busiest() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        firings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElse(Map.entry("", 0));
    }
}
