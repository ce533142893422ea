package whatif.bench;

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
 * The control for every "2 threads / 1" figure: arithmetic that shares nothing between threads
 * and scales to 2.0 on two free cores. When it scales less, the machine was busy with other
 * work, and the other scalings of the run are to be read against it.
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

    /** One generator per thread, so that no cache line is shared. */
    @State(Scope.Thread)
    public static class Seed {
        private long x = System.nanoTime();

        /** A thousand steps of a linear congruential generator: no memory, no allocation. */
        long mix() {
            long value = x;
            for (int i = 0; i < 1000; i++) {
                value = value * 6364136223846793005L + 1442695040888963407L;
            }
            x = value;
            return value;
        }
    }
}
