package whatif.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Warns about expectations that hold whatever the rules do: a {@code facts:} item matched only by a
 * fact the scenario gave itself, which no rule changed. Delete every rule and it still passes.
 */
final class VacuousExpectations {
    private VacuousExpectations() {
    }

    static List<Diagnostic> warningsFor(List<Verdict> verdicts) {
        Map<Span, Diagnostic> bySpan = new LinkedHashMap<>(); // one warning per expectation, however often checked
        for (Verdict verdict : verdicts) {
            if (verdict.held() && verdict.vacuous()) {
                bySpan.putIfAbsent(verdict.span(), Diagnostic.warning(DiagnosticCode.VACUOUS_EXPECTATION, verdict.span(),
                                "this expectation holds whatever the rules do")
                        .withLabel("only a fact the scenario gives matches it: " + verdict.actual())
                        .withHint("expect a fact the rules produce or change; a given fact is in working memory from the start"));
            }
        }
        return List.copyOf(bySpan.values());
    }
}
