package whatif.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The engine's root: once every scenario of the execution has run, it writes the rule coverage
 * and holds it against its minimum, when the configuration asks for either. A coverage below the
 * minimum fails the engine itself, so that the build fails though every scenario passed.
 */
final class WhatIfEngineDescriptor extends EngineDescriptor implements Node<WhatIfExecutionContext> {
    WhatIfEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "whatif");
    }

    @Override
    public void after(WhatIfExecutionContext context) throws Exception {
        context.finishCoverage();
    }
}
