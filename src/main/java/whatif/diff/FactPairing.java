package whatif.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import whatif.run.FactView;

/**
 * Matches the facts two runs end with. Equal facts are the same fact, one for one. Of the rest,
 * two facts of one type are the same fact with fields changed when their identifying fields
 * ({@code id}, or a name ending in {@code Id}) agree and at least as many of their set fields stay
 * equal as change, or when each run has exactly one such fact of the type left; the pairs with
 * most fields equal are taken first. What is left appeared or disappeared.
 */
final class FactPairing {
    private FactPairing() {
    }

    record Pair(FactView before, FactView after, List<FieldChange> fields) {
    }

    record Result(List<FactView> appeared, List<FactView> disappeared, List<Pair> changed) {
    }

    static Result of(List<FactView> before, List<FactView> after) {
        List<FactView> left = new ArrayList<>(before.stream().sorted().toList());
        List<FactView> right = new ArrayList<>(after.stream().sorted().toList());
        left.removeIf(right::remove); // the same fact in both: no difference
        Map<String, List<FactView>> leftByType = byType(left);
        Map<String, List<FactView>> rightByType = byType(right);
        List<Pair> changed = new ArrayList<>();
        for (String type : leftByType.keySet()) {
            List<FactView> l = leftByType.get(type);
            List<FactView> r = rightByType.getOrDefault(type, List.of());
            for (int[] pair : pairs(l, r)) {
                FactView b = l.get(pair[0]);
                FactView a = r.get(pair[1]);
                changed.add(new Pair(b, a, fieldChanges(b, a)));
                left.remove(b);
                right.remove(a);
            }
        }
        return new Result(right, left, changed);
    }

    /** Greedy: the pairs with the most fields equal first, ties by position (both lists are sorted). */
    private static List<int[]> pairs(List<FactView> l, List<FactView> r) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                FactView b = l.get(i);
                FactView a = r.get(j);
                int same = same(b, a);
                boolean alone = l.size() == 1 && r.size() == 1;
                if (!idsDiffer(b, a) && ((same > 0 && same >= differing(b, a)) || alone)) {
                    candidates.add(new int[] {i, j, same});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        Set<Integer> usedLeft = new LinkedHashSet<>();
        Set<Integer> usedRight = new LinkedHashSet<>();
        List<int[]> chosen = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedLeft.contains(c[0]) && !usedRight.contains(c[1])) {
                usedLeft.add(c[0]);
                usedRight.add(c[1]);
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static Map<String, List<FactView>> byType(List<FactView> facts) {
        Map<String, List<FactView>> byType = new TreeMap<>();
        facts.forEach(f -> byType.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(f));
        return byType;
    }

    static boolean isIdentifying(String field) {
        return field.equals("id") || (field.endsWith("Id") && field.length() > 2);
    }

    private static boolean idsDiffer(FactView b, FactView a) {
        return b.values().keySet().stream().filter(FactPairing::isIdentifying)
                .anyMatch(f -> b.values().get(f) != null && a.values().get(f) != null
                        && !b.values().get(f).equals(a.values().get(f)));
    }

    private static int same(FactView b, FactView a) {
        return (int) b.values().keySet().stream()
                .filter(f -> b.values().get(f) != null && b.values().get(f).equals(a.values().get(f))).count();
    }

    private static int differing(FactView b, FactView a) {
        return fieldChanges(b, a).size();
    }

    static List<FieldChange> fieldChanges(FactView b, FactView a) {
        Set<String> fields = new LinkedHashSet<>(b.values().keySet());
        fields.addAll(a.values().keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = b.values().get(field);
            Object is = a.values().get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }
}
