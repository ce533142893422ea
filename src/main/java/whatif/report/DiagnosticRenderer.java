package whatif.report;

import java.io.PrintWriter;
import whatif.source.Diagnostic;

/**
 * Renders a diagnostic as rustc does: a header with the code, the {@code -->} location, the
 * source line (a window of it, when it is long: {@link SourceWindow}) with a caret under the
 * problem and its label, and the hint.
 * <pre>
 * error[WI0207]: unknown field `sped` in `Trip`
 *  --> scenarios/town.yaml:6:5
 *   |
 * 6 |     sped: 60
 *   |     ^^^^ expected one of `road`, `speedKmh`
 *   = hint: did you mean `speedKmh`?
 * </pre>
 * Everything is printed through a {@link TerminalWriter}: the message, the path and the quoted
 * line are the user's text and may hold control characters.
 */
public final class DiagnosticRenderer {
    private final SourceLines sources;

    public DiagnosticRenderer(SourceLines sources) {
        this.sources = sources;
    }

    public void render(Diagnostic d, PrintWriter writer) {
        PrintWriter out = TerminalWriter.over(writer);
        out.println(d.severity().label() + "[" + d.code() + "]: " + d.message());
        String number = Integer.toString(d.span().line());
        String gutter = " ".repeat(number.length());
        out.println(gutter + "--> " + d.span());
        sources.line(d.span().file(), d.span().line()).ifPresentOrElse(text -> {
            SourceWindow window = SourceWindow.of(text, d.span().column(), d.span().width());
            out.println(gutter + " |");
            out.println(number + " | " + window.text());
            String label = d.label().isEmpty() ? "" : " " + d.label();
            out.println(gutter + " | " + " ".repeat(window.caretOffset()) + "^".repeat(window.caretWidth()) + label);
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
