package whatif.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated input: its bytes, and how they were made (the real file it started from and each
 * mutation applied), so that a failure says where it came from.
 */
record FuzzInput(String origin, List<String> steps, byte[] bytes) {
    FuzzInput {
        steps = List.copyOf(steps);
    }

    static FuzzInput of(String origin, byte[] bytes) {
        return new FuzzInput(origin, List.of(), bytes);
    }

    FuzzInput then(String step, byte[] newBytes) {
        List<String> more = new ArrayList<>(steps);
        more.add(step);
        return new FuzzInput(origin, more, newBytes);
    }

    String describe() {
        return steps.isEmpty() ? origin : origin + ", then " + String.join(", ", steps);
    }
}
