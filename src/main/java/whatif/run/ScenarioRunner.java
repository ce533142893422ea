package whatif.run;

import java.util.List;
import java.util.Map;
import whatif.rulebook.RuleBook;
import whatif.scenario.Scenario;

/**
 * Runs one scenario over a rule book: a pure function from the two to an {@link Outcome}. Each
 * run has its own session over the shared KieBase, with a pseudo clock that walks the timeline:
 * at each date the clock moves, {@link Today} is updated, that date's facts go in, the rules fire
 * and that date's expectations are checked. Whatever the rules do, an outcome comes back within
 * the options' timeout. Prints nothing; safe to call from many threads.
 */
public final class ScenarioRunner {
    private final RunOptions options;

    public ScenarioRunner(RunOptions options) {
        this.options = options;
    }

    public ScenarioRunner() {
        this(RunOptions.defaults());
    }

    public Outcome run(RuleBook book, Scenario scenario) {
        ScenarioBinder.Binding binding = ScenarioBinder.bind(scenario, book);
        if (binding.plan().isEmpty()) {
            return Outcome.invalid(scenario, binding.diagnostics(), book.vocabulary());
        }
        return Deadline.run(new Execution(book, binding.plan().get(), options), options.timeout());
    }

    /**
     * Runs the scenario and then asks the rule book's queries what working memory holds at its end,
     * each answer with the facts bound to {@code binding} (a query variable such as {@code $fact}).
     * Empty when the scenario does not fit the rules or the run ended in an error.
     */
    public Map<String, QueryAnswer> answer(RuleBook book, Scenario scenario, List<String> queries, String binding) {
        ScenarioBinder.Binding bound = ScenarioBinder.bind(scenario, book);
        if (bound.plan().isEmpty()) {
            return Map.of();
        }
        QueryProbe probe = new QueryProbe(queries, binding, book.factTypes());
        Outcome outcome = Deadline.run(new Execution(book, bound.plan().get(), options, probe), options.timeout());
        return outcome.error().isPresent() ? Map.of() : probe.answers();
    }
}
