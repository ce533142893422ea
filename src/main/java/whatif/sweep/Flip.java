package whatif.sweep;

/**
 * A boundary along one axis: the last fine value with one outcome and the first with the next,
 * one step of the fine lattice apart.
 */
record Flip(long last, Observation before, long first, Observation after) {
}
