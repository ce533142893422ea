package whatif.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import whatif.run.Outcome;
import whatif.run.RunError;
import whatif.run.Status;
import whatif.run.Verdict;
import whatif.scenario.Expectations;
import whatif.scenario.RejectedScenario;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/** Outcomes and rejected scenarios made by hand, so that a reporter can be fed exactly what a test needs. */
final class Reports {
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private Reports() {
    }

    static Span at(String file, int line) {
        return Span.of(Path.of(file), line, 7, 4);
    }

    static Outcome outcome(String name, Span span, Status status) {
        Scenario scenario = new Scenario(name, "", span, DAY, List.of(), List.of(), Expectations.none(span));
        List<Verdict> verdicts = status == Status.FAILED
                ? List.of(new Verdict("a fact Ticket{excessKmh: 15}", false, "Ticket{excessKmh: 15}", "none", DAY, span))
                : List.of();
        Optional<RunError> error = status == Status.ERROR
                ? Optional.of(new RunError("rule `r` threw", "r", "", Optional.empty())) : Optional.empty();
        List<Diagnostic> diagnostics = status == Status.INVALID ? List.of(problem(span, "unknown type `Trp`")) : List.of();
        return new Outcome(scenario, status, verdicts, List.of(), List.of(), error, diagnostics);
    }

    static RejectedScenario rejected(String name, Span span, String problem) {
        return new RejectedScenario(name, span, List.of(problem(span, problem)));
    }

    static Diagnostic problem(Span span, String message) {
        return Diagnostic.error(DiagnosticCode.BAD_DATE, span, message);
    }
}
