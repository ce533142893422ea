package whatif.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;

/** A caller waits for one run at a time, so each calling thread's runs share one worker and one session. */
class DeadlineTest {
    private static final RuleBook TRAFFIC = RuleBookCompiler.compileFolder(Path.of("examples/traffic/rules")).ruleBook().orElseThrow();
    /** Scenarios with no event: a run that held one leaves its session to be discarded (Execution.release). */
    private static final List<Scenario> SCENARIOS =
            ScenarioFiles.read(List.of(Path.of("examples/traffic/scenarios/speed-limits.yaml"))).scenarios();

    /** Every session a run ended in, by identity. */
    private final Set<KieSession> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private Status runAll(int rounds) {
        Status worst = Status.PASSED;
        for (int i = 0; i < rounds; i++) {
            for (Scenario scenario : SCENARIOS) {
                Plan plan = ScenarioBinder.bind(scenario, TRAFFIC).plan().orElseThrow();
                Outcome outcome = Deadline.run(new Execution(TRAFFIC, plan, RunOptions.defaults(), sessions::add), RunOptions.defaults().timeout());
                worst = outcome.passed() ? worst : outcome.status();
            }
        }
        return worst;
    }

    @Test
    void twoCallersRunInTwoSessions() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Status>> done = List.of(callers.submit(() -> runAll(20)), callers.submit(() -> runAll(20)));
            for (Future<Status> caller : done) {
                assertThat(caller.get()).isEqualTo(Status.PASSED);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(SCENARIOS).hasSizeGreaterThan(1);
        assertThat(sessions).hasSize(2);
    }

    @Test
    void oneCallerRunsInOneSession() {
        assertThat(runAll(10)).isEqualTo(Status.PASSED);

        assertThat(sessions).hasSize(1);
    }
}
