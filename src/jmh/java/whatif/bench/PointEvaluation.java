package whatif.bench;

/** One thread's way of evaluating a point of the missile policy, to its verdict; kept from point to point. */
interface PointEvaluation extends AutoCloseable {
    Object verdictAt(Point point);

    @Override
    void close();
}
