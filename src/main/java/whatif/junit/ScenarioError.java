package whatif.junit;

/**
 * The rules could not run a scenario to its end: a rule looped or threw. Reported as a test
 * error, with the rule named and a hint.
 */
public final class ScenarioError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScenarioError(String message, StackTraceElement[] frames) {
        super(message);
        setStackTrace(frames);
    }
}
