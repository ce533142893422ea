package whatif.sweep;

/**
 * Evaluates the points of one sweep: the scenario with the point's values, run over the compiled
 * rule book, its observed fields read. One per worker thread, so an implementation may keep a
 * session or buffers between points; it must give each point the outcome a fresh run would.
 */
interface PointEvaluator {
    Observation observe(Point point);

    /** Makes one evaluator per worker; called once on each worker's own thread. */
    interface Factory {
        PointEvaluator newEvaluator();
    }
}
