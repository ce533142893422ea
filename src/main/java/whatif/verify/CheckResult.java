package whatif.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What verifying one check found: how many points ran, for each invariant, in the order the check
 * declares them, how many times it broke (every one counted) and the first findings in grid order, and the points whose run ended in an
 * error (counted, the first described).
 */
public record CheckResult(Check check, long points, Map<Invariant, Long> broken, List<Finding> findings,
                          long errors, List<String> firstErrors) {
    public CheckResult {
        Objects.requireNonNull(check, "check");
        broken = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(broken));
        findings = List.copyOf(findings);
        firstErrors = List.copyOf(firstErrors);
    }

    public long totalBroken() {
        return broken.values().stream().mapToLong(Long::longValue).sum();
    }
}
