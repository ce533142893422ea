package whatif.cli;

import whatif.run.Status;
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

    static int of(RunReport report) {
        if (report.hasInputErrors() || report.outcomes().isEmpty()
                || report.count(Status.ERROR) > 0 || report.count(Status.INVALID) > 0) {
            return INPUT;
        }
        return report.notPassed() > 0 ? FAILED : OK;
    }
}
