package whatif.junit;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import whatif.run.RunOptions;

/** The engine's configuration parameters, read and checked once per execution. */
record EngineConfiguration(Path rules, RunOptions options) {

    static EngineConfiguration from(ConfigurationParameters parameters) {
        Path rules = Path.of(parameters.get(WhatIfTestEngine.RULES).orElse("rules"));
        RunOptions options = RunOptions.defaults();
        options = parameters.get(WhatIfTestEngine.MAX_FIRINGS)
                .map(text -> positive(WhatIfTestEngine.MAX_FIRINGS, text))
                .map(options::withMaxFirings).orElse(options);
        options = parameters.get(WhatIfTestEngine.TIMEOUT_SECONDS)
                .map(text -> positive(WhatIfTestEngine.TIMEOUT_SECONDS, text))
                .map(seconds -> Duration.ofSeconds(seconds)).map(options::withTimeout).orElse(options);
        return new EngineConfiguration(rules, options);
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
}
