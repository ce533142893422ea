package whatif.assertions;

import whatif.run.Outcome;

/**
 * The entry point of whatif's assertions; extends AssertJ's so one static import serves both:
 * <pre>
 * import static whatif.assertions.WhatIfAssertions.assertThat;
 * </pre>
 */
public class WhatIfAssertions extends org.assertj.core.api.Assertions {
    protected WhatIfAssertions() {
    }

    public static OutcomeAssert assertThat(Outcome outcome) {
        return new OutcomeAssert(outcome);
    }
}
