package whatif.run;

/**
 * How a scenario is run.
 *
 * @param maxFirings rule firings allowed in one scenario before it is stopped as a likely loop
 */
public record RunOptions(int maxFirings) {
    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    public RunOptions {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_MAX_FIRINGS);
    }
}
