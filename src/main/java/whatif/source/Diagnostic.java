package whatif.source;

import java.util.Objects;

/**
 * One problem in the user's input, with everything needed to act on it: where it is, what was
 * found, what was expected and a hint. Plain data; {@code whatif.report} renders it.
 *
 * @param code    a stable code such as {@code WI0102}, listed in {@link DiagnosticCode}
 * @param label   the short text under the caret ("expected one of ..."); may be empty
 * @param hint    what to do about it ("did you mean `income`?"); may be empty
 */
public record Diagnostic(Severity severity, String code, Span span, String message, String label, String hint) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        label = label == null ? "" : label;
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(DiagnosticCode code, Span span, String message) {
        return new Diagnostic(Severity.ERROR, code.id(), span, message, "", "");
    }

    public static Diagnostic warning(DiagnosticCode code, Span span, String message) {
        return new Diagnostic(Severity.WARNING, code.id(), span, message, "", "");
    }

    public Diagnostic withLabel(String newLabel) {
        return new Diagnostic(severity, code, span, message, newLabel, hint);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, span, message, label, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line, {@code file:line:col: error[CODE]: message}, for logs and test failures. */
    public String oneLine() {
        return span + ": " + severity.label() + "[" + code + "]: " + message
                + (label.isEmpty() ? "" : " (" + label + ")")
                + (hint.isEmpty() ? "" : "; hint: " + hint);
    }
}
