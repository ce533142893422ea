package whatif.junit;

import java.util.HashMap;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import whatif.source.Span;

/**
 * Marks each scenario whose name an earlier one (in file order) already has, so that the second
 * fails with the place of the first, as {@code whatif run} reports it. Files are resolved one by
 * one, so no resolver sees both.
 */
final class DuplicateNameMarker implements TestDescriptor.Visitor {
    private final Map<String, Span> firstByName = new HashMap<>();

    @Override
    public void visit(TestDescriptor descriptor) {
        if (descriptor instanceof ScenarioDescriptor scenario) {
            Span first = firstByName.putIfAbsent(scenario.scenario().name(), scenario.scenario().span());
            if (first != null) {
                scenario.duplicates(first);
            }
        }
    }
}
