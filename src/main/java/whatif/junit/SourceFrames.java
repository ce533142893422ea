package whatif.junit;

import java.util.List;
import whatif.source.Span;

/**
 * A stack trace for a scenario failure that points into the scenario file, as Cucumber's
 * failures point at the step: {@code at ✽.a fine expected too high(scenarios/fines.yaml:12)}.
 * The engine's own frames say nothing a rule author can act on.
 */
final class SourceFrames {
    private SourceFrames() {
    }

    static StackTraceElement[] at(String what, List<Span> spans) {
        return spans.stream().distinct()
                .map(span -> new StackTraceElement("✽", what, RelativePath.text(span.file()), span.line()))
                .toArray(StackTraceElement[]::new);
    }
}
