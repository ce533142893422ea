package whatif.cli;

/**
 * The JSON report, with coverage, of every scenario of the missile policy against its rules: run
 * once per test JVM and shared, since several tests read it and each run takes a while.
 */
final class PolicyReport {
    private static CliRun run;

    private PolicyReport() {
    }

    static synchronized CliRun jsonWithCoverage() {
        if (run == null) {
            run = CliRun.of("run", "--rules", "rules", "--format", "json", "--coverage", "scenarios");
        }
        return run;
    }
}
