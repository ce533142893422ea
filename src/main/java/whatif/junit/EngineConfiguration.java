package whatif.junit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import whatif.run.RunOptions;

/**
 * The engine's configuration parameters, read and checked once per execution.
 *
 * @param coverageReport  where to write the rule coverage once every scenario has run
 * @param coverageMinimum the share of rules, in percent, that the scenarios must fire
 */
record EngineConfiguration(Path rules, RunOptions options, Optional<Path> coverageReport,
                           Optional<BigDecimal> coverageMinimum) {

    static EngineConfiguration from(ConfigurationParameters parameters) {
        Path rules = Path.of(parameters.get(WhatIfTestEngine.RULES).orElse("rules"));
        RunOptions options = RunOptions.defaults();
        options = parameters.get(WhatIfTestEngine.MAX_FIRINGS)
                .map(text -> positive(WhatIfTestEngine.MAX_FIRINGS, text))
                .map(options::withMaxFirings).orElse(options);
        options = parameters.get(WhatIfTestEngine.TIMEOUT_SECONDS)
                .map(text -> positive(WhatIfTestEngine.TIMEOUT_SECONDS, text))
                .map(seconds -> Duration.ofSeconds(seconds)).map(options::withTimeout).orElse(options);
        Optional<Path> coverageReport = parameters.get(WhatIfTestEngine.COVERAGE_REPORT).map(String::strip)
                .filter(text -> !text.isEmpty()).map(Path::of);
        Optional<BigDecimal> coverageMinimum = parameters.get(WhatIfTestEngine.COVERAGE_MINIMUM)
                .map(text -> percent(WhatIfTestEngine.COVERAGE_MINIMUM, text));
        return new EngineConfiguration(rules, options, coverageReport, coverageMinimum);
    }

    /** Whether the engine has anything to do once every scenario has run. */
    boolean wantsCoverage() {
        return coverageReport.isPresent() || coverageMinimum.isPresent();
    }

    private static int positive(String parameter, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the text as written
        }
        throw new JUnitException("configuration parameter `" + parameter
                + "` must be a whole number of at least 1, got `" + text + "`");
    }

    private static BigDecimal percent(String parameter, String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the text as written
        }
        throw new JUnitException("configuration parameter `" + parameter
                + "` must be a percentage from 0 to 100, got `" + text + "`");
    }
}
