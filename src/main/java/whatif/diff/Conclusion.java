package whatif.diff;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/** Which rule concluded a fact in a run, where the rule is written, and on which scenario date. */
public record Conclusion(String rule, Optional<Span> ruleAt, LocalDate on) {
    public Conclusion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleAt, "ruleAt");
        Objects.requireNonNull(on, "on");
    }
}
