package whatif.junit;

import java.nio.file.Path;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import whatif.run.RunOptions;

/** The engine's configuration parameters, read and checked once per execution. */
record EngineConfiguration(Path rules, RunOptions options) {

    static EngineConfiguration from(ConfigurationParameters parameters) {
        Path rules = Path.of(parameters.get(WhatIfTestEngine.RULES).orElse("rules"));
        int maxFirings = parameters.get(WhatIfTestEngine.MAX_FIRINGS)
                .map(EngineConfiguration::positive)
                .orElse(RunOptions.DEFAULT_MAX_FIRINGS);
        return new EngineConfiguration(rules, RunOptions.defaults().withMaxFirings(maxFirings));
    }

    private static int positive(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the text as written
        }
        throw new JUnitException("configuration parameter `" + WhatIfTestEngine.MAX_FIRINGS
                + "` must be a whole number of at least 1, got `" + text + "`");
    }
}
