package whatif.diff;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import whatif.explain.Derivation;
import whatif.explain.Explainer;
import whatif.explain.Explanation;
import whatif.explain.Withdrawal;
import whatif.run.FactView;
import whatif.run.Trace;
import whatif.source.Span;

/**
 * One run's explanation at its last date, looked up by fact: the rule and date that concluded a
 * fact, the scenario facts it rests on (down every derivation), and when a fact was withdrawn.
 * Empty for a run without a trace.
 */
final class ExplainedRun {
    private final Side side;
    private final Optional<Explanation> explanation;
    private final Map<Integer, Derivation> byNumber = new HashMap<>();

    ExplainedRun(Side side) {
        this.side = side;
        this.explanation = side.outcome().trace().map(trace ->
                Explainer.explain(side.scenario().name(), trace, side.book(), lastDate(trace, side)));
        explanation.ifPresent(e -> e.facts().forEach(this::index));
    }

    boolean hasTrace() {
        return explanation.isPresent();
    }

    Optional<Conclusion> conclusionOf(FactView fact) {
        return derivationOf(fact).flatMap(d -> d.rule().map(rule -> new Conclusion(rule, d.at(), d.on())));
    }

    /** Where the scenario writes each of its facts that the fact rests on, however far down. */
    Set<Span> givenUnder(FactView fact) {
        Set<Span> given = new LinkedHashSet<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Derivation> todo = new ArrayDeque<>();
        derivationOf(fact).ifPresent(todo::add);
        while (!todo.isEmpty()) {
            Derivation d = byNumber.getOrDefault(todo.peek().number(), todo.peek());
            todo.pop();
            if (!seen.add(d.number())) {
                continue;
            }
            if (d.isGiven()) {
                d.at().ifPresent(given::add);
            }
            todo.addAll(d.from());
        }
        return given;
    }

    /** The last time the run withdrew a fact equal to this one (truth maintenance may withdraw and draw it again). */
    Optional<Withdrawal> lastWithdrawal(FactView fact) {
        return explanation.stream().flatMap(e -> e.withdrawn().stream())
                .filter(w -> ComparableFact.of(w.fact()).equals(fact)).reduce((first, second) -> second);
    }

    /** The facts the rules produced that the conclusion of this fact matched directly. */
    List<FactView> matchedBy(FactView fact) {
        return derivationOf(fact).map(d -> d.from().stream().filter(m -> !m.isGiven()).map(Derivation::fact)
                .map(ComparableFact::of).toList()).orElse(List.of());
    }

    /** The facts the run ends with, as compared ({@link ComparableFact}). */
    List<FactView> facts() {
        return side.outcome().facts().stream().map(ComparableFact::of).toList();
    }

    boolean endsWith(FactView fact) {
        return facts().contains(fact);
    }

    boolean fired(String rule) {
        return side.outcome().rulesFired().contains(rule);
    }

    boolean hasRule(String rule) {
        return side.book().rule(rule).isPresent();
    }

    private Optional<Derivation> derivationOf(FactView fact) {
        return explanation.stream().flatMap(e -> e.facts().stream())
                .filter(d -> ComparableFact.of(d.fact()).equals(fact)).findFirst();
    }

    /** The first, whole, derivation of each fact: later ones point back to it. */
    private void index(Derivation derivation) {
        if (!derivation.repeated()) {
            byNumber.putIfAbsent(derivation.number(), derivation);
        }
        derivation.from().forEach(this::index);
    }

    private static LocalDate lastDate(Trace trace, Side side) {
        return trace.entries().stream().map(Trace.Entry::on).max(Comparator.naturalOrder()).orElse(side.scenario().asOf());
    }
}
