package whatif.report;

import java.io.PrintWriter;
import whatif.source.Diagnostic;

/**
 * Renders a diagnostic as rustc does: a header with the code, the {@code -->} location, the
 * source line with a caret under the problem and its label, and the hint.
 * <pre>
 * error[WI0207]: unknown field `payloadKgg` in `ProposedMissile`
 *   --> scenarios/one-ton.yaml:9:5
 *    |
 *  9 |     payloadKgg: 1000
 *    |     ^^^^^^^^^^ expected one of `kind`, `rangeKm`, `payloadKg`
 *    = hint: did you mean `payloadKg`?
 * </pre>
 */
public final class DiagnosticRenderer {
    private final SourceLines sources;

    public DiagnosticRenderer(SourceLines sources) {
        this.sources = sources;
    }

    public void render(Diagnostic d, PrintWriter out) {
        out.println(d.severity().label() + "[" + d.code() + "]: " + d.message());
        String number = Integer.toString(d.span().line());
        String gutter = " ".repeat(number.length());
        out.println(gutter + "--> " + d.span());
        sources.line(d.span().file(), d.span().line()).ifPresentOrElse(text -> {
            out.println(gutter + " |");
            out.println(number + " | " + text.stripTrailing());
            String pad = " ".repeat(Math.max(0, d.span().column() - 1));
            String label = d.label().isEmpty() ? "" : " " + d.label();
            out.println(gutter + " | " + pad + "^".repeat(d.span().width()) + label);
        }, () -> {
            if (!d.label().isEmpty()) {
                out.println(gutter + " = " + d.label());
            }
        });
        if (!d.hint().isEmpty()) {
            out.println(gutter + " = hint: " + d.hint());
        }
        out.println();
    }
}
