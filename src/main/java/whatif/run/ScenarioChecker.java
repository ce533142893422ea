package whatif.run;

import java.util.List;
import whatif.rulebook.RuleBook;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;

/** Whether a scenario fits a rule book, without running it: what {@code whatif check} reports. */
public final class ScenarioChecker {
    private ScenarioChecker() {
    }

    public static List<Diagnostic> check(RuleBook book, Scenario scenario) {
        return ScenarioBinder.bind(scenario, book).diagnostics();
    }
}
