package whatif.sweep;

/**
 * Evaluates the points of one sweep: the scenario with the point's values, run over the compiled
 * rule book, its observed fields read. One per worker thread, so an implementation may keep a
 * session or buffers between points; it must give each point the outcome a fresh run would.
 */
interface PointEvaluator extends AutoCloseable {
    Observation observe(Point point);

    /**
     * The point at {@code coordinates} (an index of each axis) of {@code grid}: the same observation
     * as {@code observe(grid.pointAt(coordinates))}, which an evaluator may give without making the
     * point (a sweep of every point of a grid calls this).
     */
    default Observation observe(Grid grid, int[] coordinates) {
        return observe(grid.pointAt(coordinates));
    }

    /** Lets go of what the evaluator keeps between points (sessions); called on its worker's thread when it is done. */
    @Override
    default void close() {
    }

    /** Makes one evaluator per worker; called once on each worker's own thread. */
    interface Factory {
        PointEvaluator newEvaluator();
    }
}
