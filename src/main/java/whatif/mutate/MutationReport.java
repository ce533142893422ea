package whatif.mutate;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What mutation testing found: each mutant's result in the mutants' order, how many rules and
 * scenarios took part, how long it took, and the minimum score asked for, if any.
 */
public record MutationReport(List<MutantResult> results, int rules, int scenarios, Duration elapsed, OptionalDouble minScore) {
    public MutationReport {
        results = List.copyOf(results);
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(minScore, "minScore");
    }

    public long count(MutantStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public List<MutantResult> with(MutantStatus status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }

    /** Caught mutants per hundred that compiled, rounded down to a tenth; 100 when none compiled. */
    public double score() {
        long caught = count(MutantStatus.CAUGHT);
        long judged = caught + count(MutantStatus.SURVIVED);
        return judged == 0 ? 100.0 : Math.floor(caught * 1000.0 / judged) / 10.0;
    }

    /** The score as printed: {@code 87.5%}. */
    public String scoreText() {
        return String.format(Locale.ROOT, "%.1f%%", score());
    }

    /** Whether the score reaches the minimum; true when none was asked for. */
    public boolean meetsMinimum() {
        long caught = count(MutantStatus.CAUGHT);
        long judged = caught + count(MutantStatus.SURVIVED);
        // Exact, so that a score printed as 87.5% never fails a minimum of 87.5.
        return minScore.isEmpty() || caught * 100.0 >= minScore.getAsDouble() * judged - 1e-9;
    }
}
