package whatif.junit;

import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import whatif.source.Diagnostic;

/**
 * A diagnostic found while discovering, as a JUnit {@link DiscoveryIssue} pointing at its place.
 * The severity is WARNING: an ERROR is critical to the Platform and would keep every scenario of
 * the engine from running, while the file's own container already fails with the diagnostic.
 */
final class DiagnosticIssues {
    private DiagnosticIssues() {
    }

    static DiscoveryIssue of(Diagnostic diagnostic) {
        return DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, diagnostic.oneLine())
                .source(FileSource.from(diagnostic.span().file().toFile(),
                        FilePosition.from(diagnostic.span().line(), diagnostic.span().column())))
                .build();
    }
}
