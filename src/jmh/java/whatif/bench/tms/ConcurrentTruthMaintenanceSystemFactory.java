package whatif.bench.tms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.tms.TruthMaintenanceSystemFactoryImpl;
import org.drools.tms.TruthMaintenanceSystemImpl;

/**
 * An experiment, not used unless asked for: Drools' own factory keeps every session's truth
 * maintenance system in one {@code Collections.synchronizedMap} for the whole JVM, locked on
 * every {@code insertLogical}, on every insert, update and delete of a logically inserted type,
 * from every thread. This one keeps them in a {@link ConcurrentHashMap} (entry points compare by
 * identity, as in Drools' {@code IdentityHashMap}), so that sessions on different threads share
 * no lock. It wins over Drools' factory by its higher service priority when
 * {@code src/jmh/tms-experiment} is on the class path (README, "Benchmarks").
 */
public final class ConcurrentTruthMaintenanceSystemFactory extends TruthMaintenanceSystemFactoryImpl {
    private final Map<InternalWorkingMemoryEntryPoint, TruthMaintenanceSystem> systems = new ConcurrentHashMap<>();

    @Override
    public int servicePriority() {
        return 1;
    }

    @Override
    public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystem system = systems.get(entryPoint);
        return system != null ? system : systems.computeIfAbsent(entryPoint, TruthMaintenanceSystemImpl::new);
    }

    @Override
    public void clearTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystem system = systems.remove(entryPoint);
        if (system != null) {
            system.clear();
        }
    }

    @Override
    public int getEntryPointsMapSize() {
        return systems.size();
    }

    @Override
    public void clearEntryPointsMap() {
        systems.clear();
    }
}
