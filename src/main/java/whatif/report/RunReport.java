package whatif.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.coverage.Coverage;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.scenario.RejectedScenario;
import whatif.source.Diagnostic;

/**
 * Everything one run has to say: the problems in the input (rules, scenario files, paths), the
 * outcome of each scenario that could be run, the scenarios rejected before they could run and
 * the files that could not be read at all. Nothing read is left out, so that the counts add up.
 *
 * @param diagnostics   every problem in the input, those of the rejected scenarios included
 * @param outcomes      the scenarios run (or found invalid against the rules), in file order
 * @param rejected      scenarios found in a file but not read, because something in them is wrong
 * @param unreadable    files that could not be read or parsed at all, so their scenarios are unknown
 * @param notRun        scenarios read but not run because the rules did not compile
 * @param rulesCompiled false when the rules did not compile, so no scenario ran
 * @param coverage      which rules the scenarios fired, when asked for ({@code --coverage})
 */
public record RunReport(List<Diagnostic> diagnostics, List<Outcome> outcomes, List<RejectedScenario> rejected,
                        List<Path> unreadable, int notRun, boolean rulesCompiled, Optional<Coverage> coverage) {
    public RunReport {
        Objects.requireNonNull(coverage, "coverage");
        diagnostics = List.copyOf(diagnostics);
        outcomes = List.copyOf(outcomes);
        rejected = List.copyOf(rejected);
        unreadable = List.copyOf(unreadable);
        if (notRun < 0) {
            throw new IllegalArgumentException("notRun must not be negative: " + notRun);
        }
    }

    /** A report without coverage. */
    public RunReport(List<Diagnostic> diagnostics, List<Outcome> outcomes, List<RejectedScenario> rejected,
                     List<Path> unreadable, int notRun, boolean rulesCompiled) {
        this(diagnostics, outcomes, rejected, unreadable, notRun, rulesCompiled, Optional.empty());
    }

    /** The same report, with the coverage of the rules by its scenarios. */
    public RunReport withCoverage(Coverage ofTheRules) {
        return new RunReport(diagnostics, outcomes, rejected, unreadable, notRun, rulesCompiled, Optional.of(ofTheRules));
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long passed() {
        return count(Status.PASSED);
    }

    public Summary summary() {
        return new Summary(outcomes.size() + rejected.size() + notRun, passed(), count(Status.FAILED),
                count(Status.ERROR), count(Status.INVALID) + rejected.size(), notRun, unreadable.size());
    }

    public boolean hasInputErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError) || !rulesCompiled
                || !rejected.isEmpty() || !unreadable.isEmpty();
    }

    /** Diagnostics about the input plus those of each invalid scenario, in report order. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        outcomes.forEach(o -> all.addAll(o.diagnostics()));
        return all;
    }

    /**
     * The diagnostics that belong to no listed scenario: {@link #diagnostics} without those of
     * the rejected scenarios, which a report shows with their scenario.
     */
    public List<Diagnostic> inputDiagnostics() {
        List<Diagnostic> left = new ArrayList<>(diagnostics);
        rejected.forEach(r -> r.diagnostics().forEach(left::remove)); // one each: the same problem may be reported twice
        return left;
    }

    /** Every scenario to list, run or rejected, in file order. */
    public List<ScenarioEntry> entries() {
        List<ScenarioEntry> entries = new ArrayList<>();
        outcomes.forEach(o -> entries.add(new ScenarioEntry.Ran(o)));
        rejected.forEach(r -> entries.add(new ScenarioEntry.Rejected(r)));
        // Stable: outcomes already come in file order and keep it among themselves.
        entries.sort(Comparator.comparing((ScenarioEntry e) -> e.span().file())
                .thenComparingInt(e -> e.span().line()).thenComparingInt(e -> e.span().column()));
        return entries;
    }

    /**
     * How many scenarios came out how. {@code invalid} counts the rejected scenarios too.
     *
     * @param scenarios every scenario read: the sum of the statuses and {@code notRun}
     */
    public record Summary(long scenarios, long passed, long failed, long errors, long invalid, long notRun,
                          long unreadableFiles) {
        public Summary {
            if (passed + failed + errors + invalid + notRun != scenarios) {
                throw new IllegalArgumentException("the counts do not add up to " + scenarios + " scenarios");
            }
        }

        /**
         * The closing line of a report: {@code 10 scenarios: 3 passed, 2 failed, 1 error, 4 invalid;
         * 1 file could not be read}. Every status is always there, so that {@code N passed} can be
         * found by a script; what is not run or not read only when there is some.
         */
        public String sentence() {
            StringBuilder out = new StringBuilder(Quantity.of(scenarios, "scenario") + ": " + passed + " passed, "
                    + failed + " failed, " + Quantity.of(errors, "error") + ", " + invalid + " invalid");
            if (notRun > 0) {
                out.append(", ").append(notRun).append(" not run");
            }
            if (unreadableFiles > 0) {
                out.append("; ").append(Quantity.of(unreadableFiles, "file")).append(" could not be read");
            }
            return out.toString();
        }
    }
}
