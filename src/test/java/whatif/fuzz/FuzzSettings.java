package whatif.fuzz;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * From which seed a property draws its inputs and how many it tries. Fixed by default, so that
 * {@code mvn verify} tries the same inputs every time; system properties widen it for a longer
 * run (see {@link ScenarioParserFuzzTest}).
 *
 * @param seed  the seed every case is derived from; a case's own randomness depends only on the
 *              seed and its index, so {@code -Dwhatif.fuzz.seed=S} replays case N of a run
 * @param tries how many inputs the property tries
 */
record FuzzSettings(long seed, int tries) {
    static final String SEED = "whatif.fuzz.seed";
    static final String TRIES = "whatif.fuzz.tries";
    static final long DEFAULT_SEED = 20_261_201L;

    /**
     * {@code whatif.fuzz.seed} (a number, or {@code random}), then {@code whatif.fuzz.tries.<property>},
     * else {@code whatif.fuzz.tries}, else the property's default.
     */
    static FuzzSettings of(String property, int defaultTries) {
        String seedText = System.getProperty(SEED, "").strip();
        long seed = switch (seedText) {
            case "" -> DEFAULT_SEED;
            case "random" -> new SecureRandom().nextLong();
            default -> Long.parseLong(seedText);
        };
        int tries = Integer.getInteger(TRIES + "." + property, Integer.getInteger(TRIES, defaultTries));
        return new FuzzSettings(seed, tries);
    }

    /** The randomness of case {@code index}: independent of how many cases ran before it. */
    SplittableRandom random(int index) {
        return new SplittableRandom(seed + 0x9E37_79B9_7F4A_7C15L * (index + 1));
    }

    /** How to replay case {@code index} alone, for a failure message. */
    String replay(String property, int index) {
        return "case " + index + " of seed " + seed + " (replay: -D" + SEED + "=" + seed
                + " -D" + TRIES + "." + property + "=" + (index + 1) + ", which tries it last)";
    }
}
