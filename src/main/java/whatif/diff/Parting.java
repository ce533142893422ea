package whatif.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import whatif.run.FactView;

/**
 * The first date on which the two runs differ, and how: the facts in working memory at the end of
 * that date in one run and not the other, and the rules that fired that day in one run only.
 *
 * @param beforeStarts the first date of the run before, which may come after {@code on}
 * @param afterStarts  the first date of the run after
 */
public record Parting(LocalDate on, List<FactView> onlyBefore, List<FactView> onlyAfter, List<String> firedOnlyBefore,
                      List<String> firedOnlyAfter, LocalDate beforeStarts, LocalDate afterStarts) {
    public Parting {
        Objects.requireNonNull(on, "on");
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
        firedOnlyBefore = List.copyOf(firedOnlyBefore);
        firedOnlyAfter = List.copyOf(firedOnlyAfter);
        Objects.requireNonNull(beforeStarts, "beforeStarts");
        Objects.requireNonNull(afterStarts, "afterStarts");
    }
}
