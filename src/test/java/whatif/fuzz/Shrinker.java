package whatif.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Makes a failing input small enough to read: removes runs of lines, then runs of bytes, halving
 * the run each round, for as long as the same problem remains. Time-boxed twice: per input, and
 * in all for a property, so that a property that fails often still ends soon (the inputs it no
 * longer shrinks are replayable from their seed).
 */
final class Shrinker {
    private final Duration perInput;
    private long nanosLeft;

    Shrinker(Duration perInput, Duration inAll) {
        this.perInput = perInput;
        this.nanosLeft = inAll.toNanos();
    }

    synchronized byte[] shrink(byte[] input, Predicate<byte[]> stillFails) {
        long started = System.nanoTime();
        long deadline = started + Math.min(perInput.toNanos(), Math.max(0, nanosLeft));
        byte[] smallest = removeRuns(input, Bytes::lines, stillFails, deadline);
        smallest = removeRuns(smallest, Shrinker::eachByte, stillFails, deadline);
        nanosLeft -= System.nanoTime() - started;
        return smallest;
    }

    /** The input as a failure message shows it: shrunk, or as generated when there was no time left to shrink it. */
    static String shown(byte[] generated, byte[] smallest) {
        return (smallest.length < generated.length ? "shrunk to " + smallest.length + " bytes: " : "as generated, " + smallest.length + " bytes: ")
                + Escaped.of(smallest);
    }

    private static byte[] removeRuns(byte[] input, Function<byte[], List<int[]>> unitsOf, Predicate<byte[]> stillFails,
                                     long deadline) {
        byte[] current = input;
        for (int run = Math.max(1, unitsOf.apply(current).size() / 2); run >= 1 && System.nanoTime() < deadline; run /= 2) {
            int i = 0;
            List<int[]> units = unitsOf.apply(current);
            while (i < units.size() && System.nanoTime() < deadline) {
                int last = Math.min(units.size(), i + run) - 1;
                byte[] candidate = Bytes.delete(current, units.get(i)[0], units.get(last)[1]);
                if (stillFails.test(candidate)) {
                    current = candidate;
                    units = unitsOf.apply(current);
                } else {
                    i += run;
                }
            }
        }
        return current;
    }

    private static List<int[]> eachByte(byte[] input) {
        return IntStream.range(0, input.length).mapToObj(i -> new int[] {i, i + 1}).toList();
    }
}
