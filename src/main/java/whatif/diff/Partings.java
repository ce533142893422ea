package whatif.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import whatif.run.FactView;
import whatif.run.Firing;
import whatif.run.Outcome;

/**
 * Finds the first date on which two runs part: walking the dates of both in order, the first at
 * whose end working memory differs, or on which different rules fired. A run that has not started
 * yet holds nothing, so a variant that starts earlier parts on its first date.
 */
final class Partings {
    private Partings() {
    }

    static Optional<Parting> between(Outcome before, Outcome after) {
        if (before.trace().isEmpty() || after.trace().isEmpty()) {
            return Optional.empty();
        }
        SortedMap<LocalDate, List<FactView>> statesBefore = DailyStates.of(before.trace().get());
        SortedMap<LocalDate, List<FactView>> statesAfter = DailyStates.of(after.trace().get());
        Map<LocalDate, Set<String>> firedBefore = firedByDate(before);
        Map<LocalDate, Set<String>> firedAfter = firedByDate(after);
        Set<LocalDate> dates = new TreeSet<>(statesBefore.keySet());
        dates.addAll(statesAfter.keySet());
        dates.addAll(firedBefore.keySet());
        dates.addAll(firedAfter.keySet());
        List<FactView> was = List.of();
        List<FactView> is = List.of();
        for (LocalDate date : dates) {
            was = statesBefore.getOrDefault(date, was);
            is = statesAfter.getOrDefault(date, is);
            Set<String> firedWas = firedBefore.getOrDefault(date, Set.of());
            Set<String> firedIs = firedAfter.getOrDefault(date, Set.of());
            List<FactView> onlyBefore = minus(was, is);
            List<FactView> onlyAfter = minus(is, was);
            if (!onlyBefore.isEmpty() || !onlyAfter.isEmpty() || !firedWas.equals(firedIs)) {
                return Optional.of(new Parting(date, onlyBefore, onlyAfter, minus(firedWas, firedIs), minus(firedIs, firedWas),
                        before.scenario().start(), after.scenario().start()));
            }
        }
        return Optional.empty();
    }

    private static Map<LocalDate, Set<String>> firedByDate(Outcome outcome) {
        Map<LocalDate, Set<String>> byDate = new TreeMap<>();
        for (Firing firing : outcome.firings()) {
            byDate.computeIfAbsent(firing.on(), d -> new TreeSet<>()).add(firing.rule());
        }
        return byDate;
    }

    /** What {@code these} hold and {@code those} do not, one for one, in order. */
    private static <T> List<T> minus(java.util.Collection<T> these, java.util.Collection<T> those) {
        List<T> left = new ArrayList<>(those);
        List<T> out = new ArrayList<>();
        for (T item : these) {
            if (!left.remove(item)) {
                out.add(item);
            }
        }
        return out;
    }
}
