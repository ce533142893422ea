package whatif.readme;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

@Suite
@IncludeEngines("whatif")
@SelectDirectories("examples/traffic/scenarios")
@ConfigurationParameter(key = "whatif.rules", value = "examples/traffic/rules")
class TrafficScenariosTest {
}
