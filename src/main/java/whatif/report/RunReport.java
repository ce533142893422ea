package whatif.report;

import java.util.ArrayList;
import java.util.List;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.source.Diagnostic;

/**
 * Everything one run has to say: the problems in the input (rules, scenario files, paths) and
 * the outcome of each scenario that could be run, in file order.
 *
 * @param rulesCompiled false when the rules did not compile, so no scenario ran
 */
public record RunReport(List<Diagnostic> diagnostics, List<Outcome> outcomes, boolean rulesCompiled) {
    public RunReport {
        diagnostics = List.copyOf(diagnostics);
        outcomes = List.copyOf(outcomes);
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long passed() {
        return count(Status.PASSED);
    }

    /** Every scenario that did not pass: failed, errored or invalid. */
    public long notPassed() {
        return outcomes.size() - passed();
    }

    public boolean hasInputErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError) || !rulesCompiled;
    }

    /** Diagnostics about the input plus those of each invalid scenario, in report order. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        outcomes.forEach(o -> all.addAll(o.diagnostics()));
        return all;
    }
}
