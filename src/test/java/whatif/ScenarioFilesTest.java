package whatif;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every scenario file under {@code scenarios/} as a test of its own, run against {@code rules/}:
 * the one class that makes Maven and IDEs find them. There is no Java per scenario.
 */
@Suite
@SuiteDisplayName("scenarios")
@IncludeEngines("whatif")
@SelectDirectories("scenarios")
@ConfigurationParameter(key = "whatif.rules", value = "rules")
class ScenarioFilesTest {
}
