package whatif.sweep;

/**
 * What an axis changes in the scenario: the scenario's {@code asOf}, or a field of one given
 * fact, found once by {@link SweepTargets} so that each point only writes its value in.
 *
 * @param given the index of the fact in the scenario's {@code given}, or {@link #AS_OF}
 */
record AxisTarget(int given, String field) {
    static final int AS_OF = -1;

    static AxisTarget asOf() {
        return new AxisTarget(AS_OF, "");
    }

    boolean isAsOf() {
        return given == AS_OF;
    }
}
