package whatif;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;
import whatif.junit.WhatIfTestEngine;

/**
 * Every scenario under {@code scenarios/} as a test of its own, named after the scenario and run
 * against {@code rules/}: the one class that makes Maven and IDEs find them, with no Java per
 * scenario. A file that cannot be read, or rules that do not compile, fail here too.
 */
@Suite
@SuiteDisplayName("scenarios")
@IncludeEngines(WhatIfTestEngine.ID)
@SelectDirectories("scenarios")
@ConfigurationParameter(key = WhatIfTestEngine.RULES, value = "rules")
class ScenarioFilesTest {
}
