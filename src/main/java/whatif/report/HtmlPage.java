package whatif.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import whatif.source.Diagnostic;

/**
 * An HTML page being written: elements opened and closed by the caller, every text and attribute
 * value escaped on its way in, so that no caller can forget. Markup comes only from the string
 * constants of the report's own classes.
 */
final class HtmlPage {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens {@code tag} with attributes given as name, value, name, value...; a null value leaves the attribute out. */
    HtmlPage open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Html.text(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    HtmlPage close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    HtmlPage element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    HtmlPage text(String text) {
        out.append(Html.text(text));
        return this;
    }

    /** Lines already made safe for a terminal, such as a rendered diagnostic. */
    HtmlPage lines(String terminalText) {
        out.append(Html.lines(terminalText));
        return this;
    }

    /** Diagnostics rendered as in the terminal, in a {@code pre} block. */
    HtmlPage diagnostics(DiagnosticRenderer renderer, List<Diagnostic> diagnostics) {
        StringWriter rendered = new StringWriter();
        PrintWriter writer = TerminalWriter.over(rendered);
        diagnostics.forEach(d -> renderer.render(d, writer));
        writer.flush();
        return open("pre", "class", "diagnostics").lines(rendered.toString().stripTrailing()).close("pre").newline();
    }

    /** A line break in the page's source, so that it reads well and diffs line by line. */
    HtmlPage newline() {
        out.append('\n');
        return this;
    }

    /** Markup of our own: constants, never text from a file. */
    HtmlPage markup(String constant) {
        out.append(constant);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
