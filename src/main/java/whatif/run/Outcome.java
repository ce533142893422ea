package whatif.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import whatif.rulebook.Vocabulary;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;

/**
 * What running one scenario gave: its status, each expectation's verdict, the rules fired in
 * order, the facts the rules produced (in working memory at the end), and, for a scenario that
 * could not run, the error or the diagnostics that say why; and the names the rule book declares,
 * so that assertions can tell a misspelt name from an absent fact.
 */
public record Outcome(Scenario scenario, Status status, List<Verdict> verdicts, List<Firing> firings,
                      List<FactView> facts, Optional<RunError> error, List<Diagnostic> diagnostics,
                      Vocabulary vocabulary) {
    public Outcome {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        verdicts = List.copyOf(verdicts);
        firings = List.copyOf(firings);
        facts = List.copyOf(facts);
        Objects.requireNonNull(error, "error");
        diagnostics = List.copyOf(diagnostics);
    }

    /** An outcome made without a rule book's names (a scenario that never reached one): no name is checked against it. */
    public Outcome(Scenario scenario, Status status, List<Verdict> verdicts, List<Firing> firings,
                   List<FactView> facts, Optional<RunError> error, List<Diagnostic> diagnostics) {
        this(scenario, status, verdicts, firings, facts, error, diagnostics, Vocabulary.UNKNOWN);
    }

    static Outcome invalid(Scenario scenario, List<Diagnostic> diagnostics, Vocabulary vocabulary) {
        return new Outcome(scenario, Status.INVALID, List.of(), List.of(), List.of(), Optional.empty(), diagnostics,
                vocabulary);
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
