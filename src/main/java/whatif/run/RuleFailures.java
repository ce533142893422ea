package whatif.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kie.api.runtime.rule.ConsequenceException;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleInfo;
import whatif.source.Span;

/** Turns what went wrong while the rules ran into a {@link RunError} that names the rule and its place. */
final class RuleFailures {
    private final RuleBook book;
    private final FiringLog log;

    RuleFailures(RuleBook book, FiringLog log) {
        this.book = book;
        this.log = log;
    }

    RunError of(Throwable thrown, LocalDate on) {
        if (thrown instanceof ConsequenceException e) {
            String rule = e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return blame(rule, "threw " + describe(cause) + " on " + on,
                    "the `then` part of the rule failed; check it against the facts this scenario inserts");
        }
        if (thrown instanceof StackOverflowError) {
            return blameFiringRule("overflowed the stack on " + on,
                    "a function or method that calls itself without end; give the recursion a base case");
        }
        if (thrown instanceof OutOfMemoryError) {
            return blameFiringRule("ran out of memory on " + on,
                    "a `then` part or function that allocates without bound (a loop that adds to a list?); "
                            + "if the scenario really needs more, give the JVM more with -Xmx");
        }
        Throwable cause = thrown.getCause() == null ? thrown : thrown.getCause();
        return new RunError("the rules failed on " + on + " while evaluating conditions: " + describe(cause), "",
                "a condition compares a field with a value of another type, or calls a method that threw");
    }

    /** The rule that fired most often, with its count: the likely culprit of a runaway. */
    RunError runaway() {
        Map.Entry<String, Integer> busiest = log.busiest();
        return new RunError("rule `" + busiest.getKey() + "` fired " + busiest.getValue() + " times; a loop?",
                busiest.getKey(),
                "a rule that modifies a fact its own conditions match re-fires: add `no-loop true`, or a condition "
                        + "its change falsifies; if the firings are intended, raise the limit with `--max-firings` "
                        + "(in tests, `whatif.maxFirings`)",
                placeOf(busiest.getKey()));
    }

    RunError timedOut(Duration timeout, Optional<String> firing) {
        String limit = "the scenario did not finish within " + seconds(timeout);
        String hint = "a `then` part that never returns (a loop without end?) is stopped only by the timeout; "
                + "if the scenario is only slow, raise it with `--timeout-seconds` (in tests, `whatif.timeoutSeconds`)";
        return firing
                .map(rule -> new RunError(limit + ": rule `" + rule + "` was still running", rule, hint, placeOf(rule)))
                .orElseGet(() -> new RunError(limit, "", hint));
    }

    /** Something whatif itself should have handled: reported as a bug, with the scenario's other results kept. */
    static RunError internal(Throwable thrown) {
        return new RunError("internal error in whatif: " + describe(thrown), "",
                "this is a bug in whatif; run again with --verbose and report it", Optional.empty(), true);
    }

    private RunError blameFiringRule(String what, String hint) {
        return log.firingNow().map(rule -> blame(rule, what, hint))
                .orElseGet(() -> new RunError("the rules " + what + " while evaluating conditions", "", hint));
    }

    private RunError blame(String rule, String what, String hint) {
        return new RunError("rule `" + rule + "` " + what, rule, hint, placeOf(rule));
    }

    private Optional<Span> placeOf(String rule) {
        return book.rule(rule).map(RuleInfo::span);
    }

    private static String seconds(Duration timeout) {
        long s = timeout.toSeconds();
        return s >= 1 && timeout.toMillis() % 1000 == 0 ? s + " s" : timeout.toMillis() + " ms";
    }

    static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
