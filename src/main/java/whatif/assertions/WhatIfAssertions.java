package whatif.assertions;

import whatif.diff.Delta;
import whatif.run.Outcome;

/**
 * The entry point of whatif's assertions; it extends AssertJ's, so one static import serves both:
 * <pre>
 * import static whatif.assertions.WhatIfAssertions.assertThat;
 *
 * assertThat(rules.run(file, "a book four days late costs two")).passed().hasFact("Fine").with("amount", 2);
 * </pre>
 */
public class WhatIfAssertions extends org.assertj.core.api.Assertions {
    protected WhatIfAssertions() {
    }

    public static OutcomeAssert assertThat(Outcome outcome) {
        return new OutcomeAssert(outcome);
    }

    /** What a variant, or a draft rule book, changed: {@code assertThat(delta).disappeared("Ticket")...}. */
    public static DeltaAssert assertThat(Delta delta) {
        return new DeltaAssert(delta);
    }
}
