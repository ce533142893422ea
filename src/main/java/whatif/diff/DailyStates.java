package whatif.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import whatif.run.FactView;
import whatif.run.Trace;

/**
 * A run's working memory at the end of each of its dates, replayed from its {@link Trace}: every
 * fact, the scenario's own and the rules', sorted; whatif's {@code Today} is left out, as it only
 * says the date.
 */
final class DailyStates {
    private static final String TODAY = "Today";

    private DailyStates() {
    }

    static SortedMap<LocalDate, List<FactView>> of(Trace trace) {
        SortedMap<LocalDate, List<FactView>> byDate = new TreeMap<>();
        Map<Integer, FactView> current = new LinkedHashMap<>();
        LocalDate day = null;
        for (Trace.Entry entry : trace.entries()) {
            if (day != null && !entry.on().equals(day)) {
                byDate.put(day, snapshot(current));
            }
            day = entry.on();
            if (entry instanceof Trace.Inserted inserted) {
                current.put(inserted.fact(), inserted.view());
            } else if (entry instanceof Trace.Changed changed) {
                current.put(changed.fact(), changed.view());
            } else if (entry instanceof Trace.Withdrawn) {
                current.remove(entry.fact());
            }
        }
        if (day != null) {
            byDate.put(day, snapshot(current));
        }
        return byDate;
    }

    private static List<FactView> snapshot(Map<Integer, FactView> current) {
        List<FactView> facts = new ArrayList<>();
        current.values().stream().filter(f -> !f.type().equals(TODAY)).map(ComparableFact::of).forEach(facts::add);
        Collections.sort(facts);
        return facts;
    }
}
