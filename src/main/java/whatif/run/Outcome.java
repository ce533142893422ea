package whatif.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;

/**
 * What running one scenario gave: its status, each expectation's verdict, the rules fired in
 * order, the facts the rules produced (in working memory at the end), and, for a scenario that
 * could not run, the error or the diagnostics that say why.
 */
public record Outcome(Scenario scenario, Status status, List<Verdict> verdicts, List<Firing> firings,
                      List<FactView> facts, Optional<RunError> error, List<Diagnostic> diagnostics) {
    public Outcome {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        verdicts = List.copyOf(verdicts);
        firings = List.copyOf(firings);
        facts = List.copyOf(facts);
        Objects.requireNonNull(error, "error");
        diagnostics = List.copyOf(diagnostics);
    }

    static Outcome invalid(Scenario scenario, List<Diagnostic> diagnostics) {
        return new Outcome(scenario, Status.INVALID, List.of(), List.of(), List.of(), Optional.empty(), diagnostics);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public List<Verdict> failures() {
        return verdicts.stream().filter(v -> !v.held()).toList();
    }

    /** The rules fired, each once, in the order they first fired. */
    public List<String> rulesFired() {
        return firings.stream().map(Firing::rule).distinct().toList();
    }

    /** The produced facts grouped by type name, types sorted. */
    public Map<String, List<FactView>> factsByType() {
        Map<String, List<FactView>> byType = new TreeMap<>();
        for (FactView fact : facts) {
            byType.computeIfAbsent(fact.type(), t -> new ArrayList<>()).add(fact);
        }
        return byType;
    }

    public List<FactView> factsOfType(String type) {
        return facts.stream().filter(f -> f.type().equals(type)).toList();
    }
}
