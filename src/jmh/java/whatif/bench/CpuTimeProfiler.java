package whatif.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Operations per CPU-second of the benchmark's JVM (all its threads: the benchmark's, the JIT's,
 * the collector's), and how many cores it kept busy. On two cores shared with other builds the
 * wall-clock rate drops whenever someone else compiles; the CPU time a point costs hardly does,
 * so the ratios of these figures hold from run to run where the rates do not.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    static final String OPS_PER_CPU_SECOND = "·ops/cpu-s";
    static final String CORES_BUSY = "·cores busy";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;
    private long wallAtStart;

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark JVM, and the cores it kept busy";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = os.getProcessCpuTime();
        wallAtStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                      IterationResult result) {
        double cpuSeconds = (os.getProcessCpuTime() - cpuAtStart) / 1e9;
        double wallSeconds = (System.nanoTime() - wallAtStart) / 1e9;
        long ops = result.getMetadata().getMeasuredOps();
        return List.of(
                new ScalarResult(OPS_PER_CPU_SECOND, ops / cpuSeconds, "ops/cpu-s", AggregationPolicy.AVG),
                new ScalarResult(CORES_BUSY, cpuSeconds / wallSeconds, "cores", AggregationPolicy.AVG));
    }
}
