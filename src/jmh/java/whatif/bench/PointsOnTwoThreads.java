package whatif.bench;

import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PointBenchmarks} on two threads, one JVM: the machine's two cores. Twice the warm-up:
 * with both cores busy, the JIT compiler has none to itself, and Drools' code takes it about
 * twice as long to compile; measured earlier, two threads look as if they did not scale.
 */
@Threads(2)
@Warmup(iterations = 8, time = 2)
public class PointsOnTwoThreads extends PointBenchmarks {
}
