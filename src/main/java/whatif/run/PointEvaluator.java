package whatif.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.KieSession;

/**
 * Runs one {@link PreparedScenario} at many points, on one thread (not thread-safe: give each
 * thread its own; they share the prepared scenario and its rule book). Two ways:
 * <ul>
 *   <li>{@link #run}: the full {@link Outcome}, equal to what {@link ScenarioRunner#run} gives for
 *       {@link PreparedScenario#scenarioAt} of the same values, in a session of its own that is
 *       reset between points;</li>
 *   <li>{@link #observe}: only the observed fields' values at the end, fast (see {@link LeanRun});
 *       a point whose rules throw, loop or run past the timeout is run again in full, so that its
 *       error is the one {@code whatif run} reports.</li>
 * </ul>
 * Close it to let its sessions go.
 */
public final class PointEvaluator implements AutoCloseable {
    private final PreparedScenario prepared;
    private final RunOptions options;
    private final ObservedReader reader;
    private final LeanRun lean;
    private ReusableSession fullRuns;

    PointEvaluator(PreparedScenario prepared, RunOptions options, List<Observed> observed) {
        this.prepared = prepared;
        this.options = options;
        this.reader = new ObservedReader(observed);
        this.lean = new LeanRun(prepared.ruleBook(), prepared.bound(), options, reader);
        this.fullRuns = new ReusableSession(prepared.ruleBook().kieBase());
    }

    /** The full outcome at the point, as {@code whatif run} gives it for the scenario with these values. */
    public Outcome run(List<PointValue> values) {
        return runInFull(values, Execution.EndProbe.NONE);
    }

    /** The observed fields at the end of the run at the point. */
    public Observation observe(List<PointValue> values) {
        List<List<Object>> observed = lean.observe(prepared.asOfAt(values), values);
        if (observed != null) {
            return new Observation(observed, Optional.empty());
        }
        EndReading reading = new EndReading();
        Outcome outcome = runInFull(values, reading);
        if (outcome.error().isPresent()) {
            return Observation.failed(reader.size(), outcome.error().get());
        }
        if (reading.values == null) {
            return Observation.failed(reader.size(), RuleFailures.internal(new IllegalStateException("the run ended before its last date")));
        }
        return new Observation(reading.values, Optional.empty());
    }

    @Override
    public void close() {
        lean.close();
        fullRuns.discard();
    }

    private Outcome runInFull(List<PointValue> values, Execution.EndProbe probe) {
        ReusableSession sessions = fullRuns;
        Execution execution = new Execution(prepared.ruleBook(), prepared.planAt(values), options, probe, () -> sessions);
        Outcome outcome = Deadline.run(execution, options.timeout());
        if (!execution.hasFinished()) {
            fullRuns = new ReusableSession(prepared.ruleBook().kieBase()); // the abandoned run still holds the old one
        }
        return outcome;
    }

    /** Reads the observed fields when a full run has fired its last date. */
    private final class EndReading implements Execution.EndProbe {
        private List<List<Object>> values;

        @Override
        public void atEnd(KieSession session) {
            throw new UnsupportedOperationException("the scenario's facts are needed");
        }

        @Override
        public void atEnd(KieSession session, Set<Object> scenarioFacts) {
            values = reader.read(session, scenarioFacts);
        }
    }
}
