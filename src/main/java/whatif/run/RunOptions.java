package whatif.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a scenario is run.
 *
 * @param maxFirings rule firings allowed in one scenario before it is stopped as a likely loop
 * @param timeout    how long one scenario may run before it is stopped and reported as an error
 * @param trace      whether to record a {@link Trace} of every fact, to explain the outcome (slower)
 */
public record RunOptions(int maxFirings, Duration timeout, boolean trace) {
    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public RunOptions {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT, false);
    }

    public RunOptions withMaxFirings(int maxFirings) {
        return new RunOptions(maxFirings, timeout, trace);
    }

    public RunOptions withTimeout(Duration timeout) {
        return new RunOptions(maxFirings, timeout, trace);
    }

    public RunOptions withTrace(boolean trace) {
        return new RunOptions(maxFirings, timeout, trace);
    }
}
