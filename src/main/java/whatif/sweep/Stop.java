package whatif.sweep;

/**
 * Asked for by Ctrl-C (or a failing worker): workers finish the point they are on, take no more,
 * and what was written stays a prefix of whole rows.
 */
final class Stop {
    private volatile boolean set;

    void now() {
        set = true;
    }

    boolean isSet() {
        return set;
    }
}
