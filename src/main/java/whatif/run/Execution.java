package whatif.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.RuleBook;

/**
 * One run of a bound scenario in a session as new (a new one, or a reused one reset): walks the
 * plan's steps, fires the rules at each date, checks what each step expects. Whatever the rules do
 * (throw, loop, overflow the stack, exhaust memory, get halted by the deadline), {@link #run()}
 * returns an {@link Outcome}; a session the run left broken is discarded, any other kept for the
 * next run. Used by one thread, except {@link #halt()} and {@link #timedOut(Duration)}, which the
 * waiting thread may call.
 */
final class Execution {
    private final RuleBook book;
    private final Plan plan;
    private final RunOptions options;
    /** Where the session comes from: asked on the thread that runs, as the session may be that thread's. */
    private final Supplier<ReusableSession> sessions;
    private ReusableSession reusable;
    /** Set on the running thread once it has its session; read by the waiting thread to halt it. */
    private volatile KieSession session;
    /** Guards {@link #finished}: a halt must never reach a session that has gone on to another run. */
    private final Object haltLock = new Object();
    private boolean finished;
    private final FiringLog log = new FiringLog();
    private final Optional<TraceRecorder> recorder;
    private final RuleFailures failures;
    /** Facts the scenario inserted, with their values then: a rule that changes one makes it a result. */
    private final Map<Object, Map<String, Object>> givenValues = new IdentityHashMap<>();
    private final List<Verdict> verdicts = new ArrayList<>();
    /** Null until the deadline passes; then the rule firing at that moment, if any: the one to blame. */
    private volatile Optional<String> haltedWhileFiring;

    /** Something to read off the session once the last date has fired, before it is disposed. */
    interface EndProbe {
        EndProbe NONE = session -> { };

        void atEnd(KieSession session);

        /** @param scenarioFacts the facts the scenario inserted (by identity), which are not results */
        default void atEnd(KieSession session, java.util.Set<Object> scenarioFacts) {
            atEnd(session);
        }
    }

    private final EndProbe probe;
    private final Optional<EventWatch> events;

    Execution(RuleBook book, Plan plan, RunOptions options) {
        this(book, plan, options, EndProbe.NONE);
    }

    /** A run in the session the running thread keeps for the rule book. */
    Execution(RuleBook book, Plan plan, RunOptions options, EndProbe probe) {
        this(book, plan, options, probe, () -> ThreadSessions.over(book.kieBase()));
    }

    Execution(RuleBook book, Plan plan, RunOptions options, EndProbe probe, Supplier<ReusableSession> sessions) {
        this.probe = probe;
        this.book = book;
        this.plan = plan;
        this.options = options;
        this.sessions = sessions;
        this.events = EventWatch.of(book.factTypes());
        this.failures = new RuleFailures(book, log);
        this.recorder = options.trace() ? Optional.of(new TraceRecorder(book.factTypes())) : Optional.empty();
    }

    Outcome run() {
        Outcome outcome = null;
        try {
            reusable = sessions.get();
            session = reusable.fresh();
            outcome = steps();
            return outcome;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Thrown outside the rules (while checking or reading facts): whatif's own fault.
            outcome = finish(Status.ERROR, Optional.of(RuleFailures.internal(e)));
            return outcome;
        } finally {
            release(outcome);
        }
    }

    /** Asks the session to stop after the rule firing now; a consequence that never returns is not stopped. */
    void halt() {
        synchronized (haltLock) {
            haltedWhileFiring = log.firingNow();
            KieSession running = session;
            if (!finished && running != null) {
                running.halt();
            }
        }
    }

    /** Whether {@link #run()} has returned: false for a run abandoned at its deadline, whose session is still in use. */
    boolean hasFinished() {
        synchronized (haltLock) {
            return finished;
        }
    }

    /** The outcome when the run did not end in time; safe to call while the run's thread is still stuck. */
    Outcome timedOut(Duration timeout) {
        Optional<String> haltedWhileFiring = this.haltedWhileFiring == null ? log.firingNow() : this.haltedWhileFiring;
        return new Outcome(plan.scenario(), Status.ERROR, List.of(), List.of(), List.of(),
                Optional.of(failures.timedOut(timeout, haltedWhileFiring)), List.of(), book.vocabulary(), Optional.empty());
    }

    private Outcome steps() {
        session.addEventListener(log);
        events.ifPresent(session::addEventListener);
        recorder.ifPresent(r -> {
            r.dateIs(plan.scenario().start());
            r.attachTo(session);
        });
        ScenarioCalendar calendar = ScenarioCalendar.startingOn(session, plan.scenario().start());
        int firstFiringOfDay = 0;
        LocalDate day = null;
        for (Plan.Step step : plan.steps()) {
            calendar.advanceClockTo(step.on());
            log.dateIs(step.on());
            recorder.ifPresent(r -> r.dateIs(step.on()));
            if (!step.on().equals(day)) {
                // A step's `fired` covers its whole date: given facts and earlier entries of that day too.
                day = step.on();
                firstFiringOfDay = log.size();
            }
            Optional<RunError> error = insertAndFire(step, calendar);
            if (error.isPresent()) {
                return finish(Status.ERROR, error);
            }
            if (!step.checks().isEmpty()) {
                Snapshot snapshot = snapshot(step.on(), log.rulesSince(firstFiringOfDay));
                step.checks().forEach(check -> verdicts.add(check.check(snapshot)));
            }
        }
        probe.atEnd(session, givenValues.keySet());
        Snapshot end = snapshot(plan.steps().get(plan.steps().size() - 1).on(), log.rulesSince(0));
        plan.finalChecks().forEach(check -> verdicts.add(check.check(end)));
        if (!plan.scenario().hasExpectations()) {
            verdicts.add(new Verdict("nothing to check", false, "at least one expectation", "none",
                    end.on(), plan.scenario().span()));
        }
        boolean allHeld = verdicts.stream().allMatch(Verdict::held);
        return finish(allHeld ? Status.PASSED : Status.FAILED, Optional.empty());
    }

    /** Everything the rules do happens in here, so everything they can throw is caught here. */
    private Optional<RunError> insertAndFire(Plan.Step step, ScenarioCalendar calendar) {
        try {
            calendar.moveTodayTo(step.on());
            for (Plan.Seed seed : step.inserts()) {
                Object fact = seed.type().newFact(seed.values());
                givenValues.put(fact, seed.type().valuesOf(fact));
                recorder.ifPresent(r -> r.givenNext(seed.span()));
                session.insert(fact);
            }
            int budget = options.maxFirings() - log.size();
            session.fireAllRules(budget + 1);
            if (haltedWhileFiring != null) {
                return Optional.of(failures.timedOut(options.timeout(), haltedWhileFiring));
            }
            if (log.size() > options.maxFirings()) {
                return Optional.of(failures.runaway());
            }
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Optional.of(failures.of(e, step.on()));
        }
    }

    private Snapshot snapshot(LocalDate on, List<String> fired) {
        List<FactView> facts = new ArrayList<>();
        List<FactView> produced = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            book.factTypes().typeOf(fact).ifPresent(type -> {
                FactView view = view(type, fact);
                facts.add(view);
                if (!view.values().equals(givenValues.get(fact))) {
                    produced.add(view);
                }
            });
        }
        return new Snapshot(on, facts, produced, fired);
    }

    private Outcome finish(Status status, Optional<RunError> error) {
        List<FactView> produced = new ArrayList<>();
        for (Object fact : session == null ? List.of() : session.getObjects()) {
            if (!givenValues.containsKey(fact)) {
                book.factTypes().typeOf(fact).ifPresent(type -> produced.add(view(type, fact)));
            }
        }
        Collections.sort(produced);
        return new Outcome(plan.scenario(), status, verdicts, log.all(), produced, error,
                VacuousExpectations.warningsFor(verdicts), book.vocabulary(), recorder.map(TraceRecorder::trace));
    }

    /** Keeps the session for the next run, unless the run ended in an error, was halted or held an event. */
    private void release(Outcome outcome) {
        synchronized (haltLock) {
            finished = true;
            boolean broken = outcome == null || outcome.error().isPresent() || haltedWhileFiring != null;
            if (reusable != null && (broken || events.map(EventWatch::heldEvent).orElse(false))) {
                reusable.discard();
            }
        }
    }

    private static FactView view(DeclaredType type, Object fact) {
        return new FactView(type.name(), type.valuesOf(fact));
    }
}
