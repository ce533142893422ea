package whatif.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import whatif.explain.Withdrawal;
import whatif.rulebook.RuleBook;
import whatif.run.FactView;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.Scenario;
import whatif.source.Span;

/**
 * Compares two runs into a {@link Delta}: pure, from their outcomes and rule books. Where the
 * outcomes carry a trace ({@link RunOptions#withTrace}), each fact that differs says which rule
 * concluded it, what became of that rule in the other run, and which changed inputs it rests on.
 * <pre>
 * Delta delta = Differ.run(book, scenario, book, variant, RunOptions.defaults());
 * </pre>
 */
public final class Differ {
    private Differ() {
    }

    /** Runs both scenarios, each under its rule book, with a trace, and compares them. */
    public static Delta run(RuleBook beforeBook, Scenario before, RuleBook afterBook, Scenario after, RunOptions options) {
        ScenarioRunner runner = new ScenarioRunner(options.withTrace(true));
        return compare(new Side(runner.run(beforeBook, before), beforeBook), new Side(runner.run(afterBook, after), afterBook));
    }

    public static Delta compare(Side before, Side after) {
        List<InputChange> inputs = InputChanges.between(before.scenario(), after.scenario());
        ExplainedRun was = new ExplainedRun(before);
        ExplainedRun is = new ExplainedRun(after);
        FactPairing.Result pairing = FactPairing.of(was.facts(), is.facts());
        List<FactDifference> appeared = pairing.appeared().stream().map(f -> difference(f, is, was, inputs)).toList();
        List<FactDifference> disappeared = pairing.disappeared().stream().map(f -> difference(f, was, is, inputs)).toList();
        List<FactChange> changed = new ArrayList<>();
        for (FactPairing.Pair pair : pairing.changed()) {
            Set<Span> given = new LinkedHashSet<>(was.givenUnder(pair.before()));
            given.addAll(is.givenUnder(pair.after()));
            changed.add(new FactChange(pair.before(), pair.after(), pair.fields(), was.conclusionOf(pair.before()),
                    is.conclusionOf(pair.after()), causes(inputs, given)));
        }
        List<String> firedBefore = before.outcome().rulesFired();
        List<String> firedAfter = after.outcome().rulesFired();
        return new Delta(before.outcome(), after.outcome(), inputs, appeared, disappeared, changed,
                firedBefore.stream().filter(r -> !firedAfter.contains(r)).toList(),
                firedAfter.stream().filter(r -> !firedBefore.contains(r)).toList(),
                Partings.between(before.outcome(), after.outcome()));
    }

    /** A fact that {@code here} ends with and {@code there} does not. */
    private static FactDifference difference(FactView fact, ExplainedRun here, ExplainedRun there, List<InputChange> inputs) {
        Optional<Conclusion> conclusion = here.conclusionOf(fact);
        Optional<Withdrawal> withdrawal = there.lastWithdrawal(fact);
        Elsewhere elsewhere;
        if (conclusion.isEmpty() || !there.hasTrace()) {
            elsewhere = Elsewhere.UNKNOWN;
        } else if (!there.hasRule(conclusion.get().rule())) {
            elsewhere = Elsewhere.NO_SUCH_RULE;
        } else if (withdrawal.isPresent()) {
            elsewhere = Elsewhere.WITHDRAWN;
        } else {
            elsewhere = there.fired(conclusion.get().rule()) ? Elsewhere.FIRED_WITHOUT_IT : Elsewhere.NOT_FIRED;
        }
        List<FactView> matched = here.matchedBy(fact).stream().filter(m -> !there.endsWith(m)).toList();
        return new FactDifference(fact, conclusion, elsewhere,
                elsewhere == Elsewhere.WITHDRAWN ? withdrawal : Optional.empty(), matched, causes(inputs, here.givenUnder(fact)));
    }

    /** The changed inputs among the scenario facts a conclusion rests on. */
    private static List<InputChange> causes(List<InputChange> inputs, Set<Span> given) {
        return inputs.stream().filter(i -> i.factSpan().map(given::contains).orElse(false)).toList();
    }
}
