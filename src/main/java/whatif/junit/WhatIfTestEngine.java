package whatif.junit;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * Runs scenario files as tests: a container per file, a test per scenario, found by Surefire
 * and IDEs through a {@code @Suite @IncludeEngines("whatif") @SelectDirectories("scenarios")}
 * class, with no Java per file. Configuration parameters: {@code whatif.rules} (the rules
 * folder, default {@code rules}) and {@code whatif.maxFirings}.
 */
public final class WhatIfTestEngine extends HierarchicalTestEngine<WhatIfExecutionContext> {
    public static final String ID = "whatif";

    private static final EngineDiscoveryRequestResolver<EngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                    .addSelectorResolver(new ScenarioFileResolver())
                    .addTestDescriptorVisitor(context -> new DuplicateNameMarker())
                    .build();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "whatif scenarios");
        RESOLVER.resolve(request, engine);
        return engine;
    }

    @Override
    protected WhatIfExecutionContext createExecutionContext(ExecutionRequest request) {
        return new WhatIfExecutionContext(request.getConfigurationParameters());
    }
}
