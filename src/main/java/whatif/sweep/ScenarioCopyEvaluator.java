package whatif.sweep;

import whatif.rulebook.RuleBook;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;

/**
 * Evaluates a point as a variant is run: a copy of the scenario with the point's values written
 * in, run by {@link ScenarioRunner} like any scenario (bound, checked, a session of its own). The
 * simplest evaluator and the reference for faster ones, which must give the same observations.
 */
final class ScenarioCopyEvaluator implements PointEvaluator {
    private final RuleBook book;
    private final ScenarioAtPoint scenario;
    private final Observer observer;
    private final ScenarioRunner runner;

    ScenarioCopyEvaluator(RuleBook book, ScenarioAtPoint scenario, Observer observer, RunOptions options) {
        this.book = book;
        this.scenario = scenario;
        this.observer = observer;
        this.runner = new ScenarioRunner(options);
    }

    static Factory factory(RuleBook book, ScenarioAtPoint scenario, Observer observer, RunOptions options) {
        return () -> new ScenarioCopyEvaluator(book, scenario, observer, options);
    }

    @Override
    public Observation observe(Point point) {
        return observer.observe(runner.run(book, scenario.at(point)));
    }
}
