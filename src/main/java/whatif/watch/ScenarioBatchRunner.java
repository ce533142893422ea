package whatif.watch;

import java.util.List;
import whatif.rulebook.RuleBook;
import whatif.run.Outcome;
import whatif.scenario.Scenario;

/** Runs scenarios over a rule book and returns their outcomes in the scenarios' order. */
@FunctionalInterface
public interface ScenarioBatchRunner {
    List<Outcome> runAll(RuleBook book, List<Scenario> scenarios);
}
