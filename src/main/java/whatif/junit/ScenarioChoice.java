package whatif.junit;

import java.util.List;
import java.util.Optional;
import whatif.scenario.Scenario;

/**
 * Which scenarios of a file a selector asks for: all of them, the one of a name (a unique id),
 * or the one written at a line (a file selector with a position, as an IDE sends for a click).
 *
 * @param name the scenario's name, or null
 * @param line a line of the file, or 0
 */
record ScenarioChoice(String name, int line) {
    static final ScenarioChoice ALL = new ScenarioChoice(null, 0);

    static ScenarioChoice named(String name) {
        return new ScenarioChoice(name, 0);
    }

    static ScenarioChoice atLine(int line) {
        return new ScenarioChoice(null, line);
    }

    /** The scenario chosen; empty for all of them (and for a line above the first scenario). */
    Optional<Scenario> in(List<Scenario> scenarios) {
        if (name != null) {
            return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
        }
        if (line < 1) {
            return Optional.empty();
        }
        // The last scenario that starts at or above the line is the one the line belongs to.
        return scenarios.stream().filter(s -> s.span().line() <= line).reduce((first, second) -> second);
    }
}
