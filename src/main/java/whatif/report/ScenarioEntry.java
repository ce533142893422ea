package whatif.report;

import java.util.List;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.scenario.RejectedScenario;
import whatif.source.Diagnostic;
import whatif.source.Span;

/** One scenario as a report lists it: run, or rejected before it could run (then invalid). */
public sealed interface ScenarioEntry {
    /** The name as written; empty for a rejected scenario that has none. */
    String name();

    Span span();

    Status status();

    /** The problems that made it invalid, shown under it. */
    List<Diagnostic> diagnostics();

    record Ran(Outcome outcome) implements ScenarioEntry {
        @Override
        public String name() {
            return outcome.scenario().name();
        }

        @Override
        public Span span() {
            return outcome.scenario().span();
        }

        @Override
        public Status status() {
            return outcome.status();
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return outcome.diagnostics();
        }
    }

    record Rejected(RejectedScenario scenario) implements ScenarioEntry {
        @Override
        public String name() {
            return scenario.name();
        }

        @Override
        public Span span() {
            return scenario.span();
        }

        @Override
        public Status status() {
            return Status.INVALID;
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return scenario.diagnostics();
        }
    }
}
