package whatif.rulebook;

import java.util.Optional;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Limits checked before Drools sees a DRL file: its parser recurses on nested brackets (a few
 * thousand overflow the stack) and backtracks on nested square brackets (some thirty take minutes),
 * so a file nested deeper than any real rule is refused at the bracket that goes too deep.
 */
final class DrlLimits {
    static final int MAX_NESTING = 32;

    private DrlLimits() {
    }

    static Optional<Diagnostic> check(RuleSource source) {
        String code = ProcessExitCalls.withoutCommentsAndStrings(source.text());
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return Optional.of(Diagnostic.error(DiagnosticCode.DRL_SYNTAX, Span.of(source.path(), line, i - lineStart + 1, 1),
                                    "brackets nested more than " + MAX_NESTING + " deep")
                            .withLabel("level " + (MAX_NESTING + 1) + " opens here")
                            .withHint("no rule needs this depth: close the brackets, or split the expression into "
                                    + "several conditions or a function"));
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return Optional.empty();
    }
}
