package whatif.junit;

import java.util.ArrayList;
import java.util.List;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * The rules, a scenario file or a selected path could not be understood: reported as a test
 * error (not a failed expectation), with each problem on a line of its own at
 * {@code file:line:column}.
 */
public final class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidInput(String message, StackTraceElement[] frames) {
        super(message);
        setStackTrace(frames);
    }

    static InvalidInput of(String header, List<Diagnostic> problems, Span where) {
        StringBuilder message = new StringBuilder(header).append(':');
        List<Span> spans = new ArrayList<>();
        for (Diagnostic problem : problems) {
            message.append(System.lineSeparator()).append("  ").append(problem.oneLine());
            spans.add(problem.span());
        }
        if (spans.isEmpty()) {
            spans.add(where);
        }
        return new InvalidInput(message.toString(), SourceFrames.at(header, spans));
    }
}
