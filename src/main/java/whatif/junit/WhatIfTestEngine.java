package whatif.junit;

import java.util.Optional;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * Runs scenario files as tests: a container per file, a test per scenario, found by Surefire and
 * IDEs through one {@code @Suite @IncludeEngines("whatif") @SelectDirectories("scenarios")} class,
 * with no Java per file. Selectors: directories, files (with a line, for one scenario), classpath
 * resources on the file system, and the unique ids it gives out.
 * <p>
 * Configuration parameters: {@value #RULES} (the rules folder, default {@code rules}), compiled
 * once per execution and shared by every scenario, {@value #MAX_FIRINGS}, {@value #TIMEOUT_SECONDS},
 * and for the rule coverage of the scenarios run, {@value #COVERAGE_REPORT} and {@value #COVERAGE_MINIMUM}.
 */
public final class WhatIfTestEngine extends HierarchicalTestEngine<WhatIfExecutionContext> {
    public static final String ID = "whatif";
    /** The folder of {@code .drl} files every scenario runs against; default {@code rules}. */
    public static final String RULES = "whatif.rules";
    /** Rule firings allowed in one scenario before it is stopped as a likely loop. */
    public static final String MAX_FIRINGS = "whatif.maxFirings";
    /** Seconds one scenario may run before it is stopped and fails as an error; default 60. */
    public static final String TIMEOUT_SECONDS = "whatif.timeoutSeconds";
    /** A file to write the rule coverage to once every scenario has run: JSON when it ends in {@code .json}, else text. */
    public static final String COVERAGE_REPORT = "whatif.coverage.report";
    /** The share of rules, in percent, that the scenarios run must fire; below it the engine fails. */
    public static final String COVERAGE_MINIMUM = "whatif.coverage.minimum";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("whatif");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("whatif");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new WhatIfEngineDescriptor(uniqueId);
        DiscoverySelectorResolver.resolve(request, engine);
        try {
            EngineConfiguration.from(request.getConfigurationParameters());
        } catch (JUnitException e) {
            // A critical issue: the Platform fails the engine with this message instead of running anything.
            request.getDiscoveryListener().issueEncountered(uniqueId,
                    DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, e.getMessage()));
        }
        return engine;
    }

    @Override
    protected WhatIfExecutionContext createExecutionContext(ExecutionRequest request) {
        return new WhatIfExecutionContext(EngineConfiguration.from(request.getConfigurationParameters()));
    }
}
