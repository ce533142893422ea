package whatif.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link PointBenchmarks} on two threads, one JVM: the machine's two cores. */
@Threads(2)
public class PointsOnTwoThreads extends PointBenchmarks {
}
