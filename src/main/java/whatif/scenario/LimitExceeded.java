package whatif.scenario;

import whatif.source.Diagnostic;

/** Stops reading a file that goes past a {@link ScenarioFileLimits limit}, with the diagnostic that says where. */
final class LimitExceeded extends RuntimeException {
    private final transient Diagnostic diagnostic;

    LimitExceeded(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
