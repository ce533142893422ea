package whatif.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" by edit distance, as Elm's {@code Reporting.Suggest} and picocli do. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The known name nearest to {@code typed}, if it is near enough to be a likely typo. */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String lowered = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> isClose(lowered, candidate.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt((String c) -> distance(lowered, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A hint sentence for {@code typed}: "did you mean `x`?", or the list of what exists. */
    public static String hint(String typed, Collection<String> known) {
        return nearest(typed, known)
                .map(name -> "did you mean `" + name + "`?")
                .orElse(known.isEmpty() ? "" : "expected one of " + quoted(known));
    }

    /** {@code `a`, `b`, `c`} in the order given. */
    public static String quoted(Collection<String> names) {
        List<String> list = List.copyOf(names);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ", ").append('`').append(list.get(i)).append('`');
        }
        return out.toString();
    }

    private static boolean isClose(String typed, String candidate) {
        int limit = Math.max(1, Math.min(typed.length(), candidate.length()) / 3);
        return distance(typed, candidate) <= limit
                || (typed.length() >= 3 && candidate.contains(typed))
                // a name cut short with a slip, `sped` for `speedKmh`
                || (typed.length() >= 4 && candidate.length() > typed.length()
                        && distance(typed, candidate.substring(0, typed.length())) <= 1)
                || (candidate.length() >= 3 && typed.contains(candidate));
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
