package whatif.run;

import java.util.List;
import whatif.source.Span;

/** The kinds of expectation a scenario can state, each a {@link Check}. */
final class Checks {
    private Checks() {
    }

    /** {@code expect.facts}: at least one fact matches; vacuous when only facts the scenario gave do. */
    static Check factPresent(FactPattern pattern, Span span) {
        return snapshot -> {
            List<FactView> matching = pattern.matchesIn(snapshot.facts());
            boolean onlyGiven = !matching.isEmpty() && pattern.matchesIn(snapshot.produced()).isEmpty();
            return new Verdict("a fact " + pattern.written(), !matching.isEmpty(), pattern.written(),
                    matching.isEmpty() ? FactPattern.list(pattern.sameType(snapshot.facts())) : matching.get(0).describe(),
                    snapshot.on(), span, onlyGiven);
        };
    }

    /** {@code expect.noFacts}: no fact matches. */
    static Check factAbsent(FactPattern pattern, Span span) {
        return snapshot -> {
            List<FactView> matching = pattern.matchesIn(snapshot.facts());
            return new Verdict("no fact " + pattern.written(), matching.isEmpty(), "none matching " + pattern.written(),
                    FactPattern.list(matching), snapshot.on(), span);
        };
    }

    /** {@code expect.counts}: the number of facts of a type. */
    static Check count(String type, ValueMatcher count, Span span) {
        return snapshot -> {
            long n = snapshot.facts().stream().filter(f -> f.type().equals(type)).count();
            return new Verdict("count of " + type + " " + count, count.matches((int) n), count.toString(),
                    Long.toString(n), snapshot.on(), span);
        };
    }

    /** {@code expect.fired}: the rule fired in the scope checked. */
    static Check fired(String rule, Span span) {
        return snapshot -> new Verdict("rule `" + rule + "` fired", snapshot.fired().contains(rule), "fired",
                snapshot.fired().isEmpty() ? "no rule fired" : "fired: " + String.join(", ", snapshot.fired()),
                snapshot.on(), span);
    }

    /** {@code expect.notFired}: the rule did not fire in the scope checked. */
    static Check notFired(String rule, Span span) {
        return snapshot -> new Verdict("rule `" + rule + "` did not fire", !snapshot.fired().contains(rule),
                "not fired", snapshot.fired().contains(rule) ? "fired" : "not fired", snapshot.on(), span);
    }
}
