package whatif.cli;

import whatif.report.RunReport;

/** The exit codes, the same for every command (after picocli's {@code ExitCode}). */
public final class ExitCode {
    /** every scenario passed */
    public static final int OK = 0;
    /** an expectation did not hold */
    public static final int FAILED = 1;
    /** the rules, a scenario or the command line could not be understood, or the rules could not run a scenario */
    public static final int INPUT = 2;
    /** a bug in whatif */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }

    /**
     * The exit code of a run. Anything not understood or not run to its end is 2, even when the
     * rest passed: a scenario rejected by the parser, a file that could not be read, a scenario
     * that errored, or no scenario at all.
     */
    static int of(RunReport report) {
        if (report.outcomes().stream().anyMatch(o -> o.error().map(e -> e.internal()).orElse(false))) {
            return INTERNAL; // the other scenarios' results are in the report all the same
        }
        RunReport.Summary counts = report.summary();
        if (report.hasInputErrors() || counts.scenarios() == 0 || counts.errors() > 0 || counts.invalid() > 0
                || counts.notRun() > 0 || counts.unreadableFiles() > 0) {
            return INPUT;
        }
        return counts.failed() > 0 ? FAILED : OK;
    }
}
