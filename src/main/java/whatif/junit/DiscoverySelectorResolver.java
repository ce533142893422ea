package whatif.junit;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/** Turns a discovery request into the engine's tree, as Cucumber's resolver of the same name. */
final class DiscoverySelectorResolver {
    private static final EngineDiscoveryRequestResolver<EngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                    .addSelectorResolver(context ->
                            new ScenarioFileResolver(DiscoveryIssueReporter.deduplicating(context.getIssueReporter())))
                    .addTestDescriptorVisitor(context -> TestDescriptor::prune)
                    .addTestDescriptorVisitor(context -> new DuplicateNameMarker())
                    .build();

    private DiscoverySelectorResolver() {
    }

    static void resolve(EngineDiscoveryRequest request, EngineDescriptor engine) {
        RESOLVER.resolve(request, engine);
    }
}
