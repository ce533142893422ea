package whatif.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link PointBenchmarks} on one thread. */
@Threads(1)
public class PointsOnOneThread extends PointBenchmarks {
}
