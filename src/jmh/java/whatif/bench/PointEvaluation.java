package whatif.bench;

/** A way of evaluating a point of the missile policy to its verdict; whether it is safe on many threads, each says. */
interface PointEvaluation extends AutoCloseable {
    Object verdictAt(Point point);

    @Override
    void close();
}
