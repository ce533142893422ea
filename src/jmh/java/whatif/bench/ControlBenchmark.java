package whatif.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The controls for every "2 threads / 1" figure, sharing nothing between threads: arithmetic,
 * which scales to 2.0 on two free cores (when it scales less, the machine was busy with other
 * work), and allocation of short-lived objects at a rate like Drools', which also tests what the
 * two threads share without sharing an object: the heap, the collector and the memory bus.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class ControlBenchmark {

    @Benchmark
    @Threads(1)
    public long arithmetic(Seed seed) {
        return seed.mix();
    }

    @Benchmark
    @Threads(2)
    public long arithmeticOnTwoThreads(Seed seed) {
        return seed.mix();
    }

    @Benchmark
    @Threads(1)
    public long allocation(Seed seed) {
        return seed.allocate();
    }

    @Benchmark
    @Threads(2)
    public long allocationOnTwoThreads(Seed seed) {
        return seed.allocate();
    }

    /** One generator per thread, so that no cache line is shared. */
    @State(Scope.Thread)
    public static class Seed {
        private long x = System.nanoTime();
        /** Kept, so that the allocations escape and cannot be optimised away. */
        private Object last;

        /** A thousand steps of a linear congruential generator: no memory, no allocation. */
        long mix() {
            long value = x;
            for (int i = 0; i < 1000; i++) {
                value = value * 6364136223846793005L + 1442695040888963407L;
            }
            x = value;
            return value;
        }

        /** A hundred small maps of boxed values, as a rule engine makes and drops them: about 20 KB. */
        long allocate() {
            long sum = 0;
            for (int i = 0; i < 100; i++) {
                Map<String, Object> fact = new HashMap<>();
                fact.put("rangeKm", Long.valueOf(x + i));
                fact.put("payloadKg", Long.valueOf(x ^ i));
                sum += fact.size() + ((Long) fact.get("rangeKm"));
                last = fact;
            }
            x = sum;
            return sum;
        }
    }
}
