package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.FactTypes;
import whatif.rulebook.RuleBook;

/**
 * Runs a prepared scenario at a point for its observed values only: no firing log, no snapshots,
 * no expectations, no fact read but the observed ones. Where the whole scenario happens on one
 * date, a session is kept with its base: what the rules conclude on that date before any fact of
 * the scenario goes in ({@code Today} and the facts rules insert from it). A point then inserts
 * its facts, fires, reads, and deletes them again; truth maintenance withdraws what they
 * justified. If the point left anything of its own behind or changed the base ({@link BaseState}),
 * the base is built again before the next point, in the session reset (or, where the rule book
 * declares events, whose traces Drools' reset leaves behind, in a new session). The bases of the
 * last {@link KeptBases#KEPT} dates are kept, each in a session of its own, so that a sweep whose
 * date varies faster than another axis builds each date's base once, not at every change of date
 * (in the benchmark, whose threads walk five dates over and over, building the base again at each
 * change of date was 6 % of a point's time).
 * A scenario over several dates runs from a session as new each time.
 * <p>
 * Anything out of the ordinary (a rule threw, more firings than allowed, the deadline passed) gives
 * {@code null}, with the session discarded: the caller runs the point in full to report its error
 * exactly as {@code whatif run} would. Not thread-safe: one thread at a time.
 */
final class LeanRun implements Watchdog.Watched {
    /** Thrown to leave a point that must be run in full; no stack trace, as it is expected. */
    private static final class NeedsFullRun extends RuntimeException {
        NeedsFullRun() {
            super(null, null, false, false);
        }
    }

    private static final NeedsFullRun NEEDS_FULL_RUN = new NeedsFullRun();

    private final BoundScenario bound;
    private final RunOptions options;
    private final ObservedReader reader;
    private final FactTypes types;
    /** Drools' reset leaves what events leave behind: with event types, a session is never reset, always made anew. */
    private final boolean mayReset;
    private final SeedFactory[] given;
    private final List<List<SeedFactory>> timeline;
    private final boolean timelineOnOneDate;
    private final KeptBases bases;
    /** The session of a scenario over several dates. */
    private final ReusableSession fromStartSessions;
    /** The base the current point runs on; null for a point run from the start. */
    private KeptBases.Kept current;

    private final Object watchdogLock = new Object();
    private long startedAt;
    /** Set by the watchdog under its lock; read without it after each firing, as a halted session stops anyway. */
    private volatile boolean halted;
    private KieSession running;
    private boolean watched;

    LeanRun(RuleBook book, BoundScenario bound, RunOptions options, ObservedReader reader) {
        this.bound = bound;
        this.options = options;
        this.reader = reader;
        this.types = book.factTypes();
        this.mayReset = book.factTypes().types().stream().noneMatch(DeclaredType::isEvent);
        this.given = bound.given().stream().map(SeedFactory::new).toArray(SeedFactory[]::new);
        this.timeline = bound.timeline().stream().map(step -> step.inserts().stream().map(SeedFactory::new).toList()).toList();
        this.timelineOnOneDate = bound.timeline().stream().map(Plan.Step::on).distinct().count() <= 1;
        this.bases = new KeptBases(book.kieBase());
        this.fromStartSessions = new ReusableSession(book.kieBase());
    }

    /** The observed values at the point, or null when it must be run in full. */
    List<List<Object>> observe(LocalDate asOf, List<PointValue> values) {
        if (!watched) {
            Watchdog.watch(this);
            watched = true;
        }
        current = null;
        try {
            boolean oneDate = timelineOnOneDate && (bound.timeline().isEmpty() || bound.timeline().get(0).on().equals(asOf));
            List<List<Object>> observed = oneDate ? onBase(asOf, values) : fromStart(asOf, values);
            if (endPoint()) {
                throw NEEDS_FULL_RUN; // halted at the deadline after the rules had finished: let the full run say
            }
            return observed;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // NeedsFullRun, or what the rules threw: either way the full run says what happened.
            endPoint();
            ReusableSession broken = current != null ? current.sessions : fromStartSessions;
            if (current != null) {
                current.base = null;
            }
            broken.discard();
            return null;
        }
    }

    void close() {
        Watchdog.unwatch(this);
        watched = false;
        bases.discardAll();
        fromStartSessions.discard();
    }

    @Override
    public void check(long nowNanos) {
        synchronized (watchdogLock) {
            if (running != null && !halted && nowNanos - startedAt > options.timeout().toNanos()) {
                halted = true;
                running.halt();
            }
        }
    }

    private List<List<Object>> onBase(LocalDate date, List<PointValue> values) {
        KeptBases.Kept kept = baseOn(date);
        KieSession session = kept.session;
        beginPoint(session);
        List<FactHandle> inserted = new ArrayList<>(given.length + 1);
        Set<Object> own = ownFacts();
        int firings = kept.base.firings();
        for (int i = 0; i < given.length; i++) {
            inserted.add(session.insert(remember(own, given[i].newFact(i, values))));
        }
        firings = fire(session, firings);
        for (List<SeedFactory> step : timeline) {
            for (SeedFactory seed : step) {
                inserted.add(session.insert(remember(own, seed.newFact())));
            }
            firings = fire(session, firings);
        }
        List<List<Object>> observed = reader.read(session, own);
        undo(kept, inserted);
        return observed;
    }

    /**
     * Deletes the point's facts, and keeps the base only if that brings the session back to it.
     * The rules do not fire now: truth maintenance withdraws what the facts justified in the next
     * point's firing, together with what that point's facts bring, in one pass through the network
     * instead of two (a quarter of a point's time, measured). A base that will not survive the
     * deletion is built again before the next point.
     */
    private void undo(KeptBases.Kept kept, List<FactHandle> inserted) {
        KieSession session = kept.session;
        boolean survives = kept.base.survives(session, inserted);
        for (FactHandle handle : inserted) {
            if (session.getObject(handle) != null) {
                session.delete(handle);
            }
        }
        if (!survives) {
            kept.base = null;
        }
    }

    /** The session at its base on {@code date}: kept from an earlier point, or built again. */
    private KeptBases.Kept baseOn(LocalDate date) {
        KeptBases.Kept kept = bases.on(date);
        current = kept;
        if (kept.base == null) {
            KieSession session = fresh(kept.sessions);
            ScenarioCalendar.startingOn(session, date);
            beginPoint(session);
            int firings = fire(session, 0);
            endPoint();
            kept.session = session;
            kept.base = new BaseState(session, date, firings, types);
        }
        return kept;
    }

    private KieSession fresh(ReusableSession sessions) {
        if (!mayReset) {
            sessions.discard();
        }
        return sessions.fresh();
    }

    /** The whole plan from a session as new, date by date, as {@link Execution} walks it. */
    private List<List<Object>> fromStart(LocalDate asOf, List<PointValue> values) {
        KieSession session = fresh(fromStartSessions);
        List<List<SeedFactory>> steps = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        boolean givenPlaced = false;
        for (int s = 0; s < bound.timeline().size(); s++) {
            LocalDate on = bound.timeline().get(s).on();
            if (!givenPlaced && !on.isBefore(asOf)) {
                steps.add(null);
                dates.add(asOf);
                givenPlaced = true;
            }
            steps.add(timeline.get(s));
            dates.add(on);
        }
        if (!givenPlaced) {
            steps.add(null);
            dates.add(asOf);
        }
        Set<Object> own = ownFacts();
        beginPoint(session);
        ScenarioCalendar calendar = ScenarioCalendar.startingOn(session, dates.get(0));
        int firings = 0;
        for (int s = 0; s < steps.size(); s++) {
            calendar.advanceClockTo(dates.get(s));
            calendar.moveTodayTo(dates.get(s));
            if (steps.get(s) == null) {
                for (int i = 0; i < given.length; i++) {
                    session.insert(remember(own, given[i].newFact(i, values)));
                }
            } else {
                for (SeedFactory seed : steps.get(s)) {
                    session.insert(remember(own, seed.newFact()));
                }
            }
            firings = fire(session, firings);
        }
        return reader.read(session, own);
    }

    /** The point's own facts, by identity: few, so a small identity set. */
    private static Set<Object> ownFacts() {
        return Collections.newSetFromMap(new IdentityHashMap<>(4));
    }

    private static Object remember(Set<Object> own, Object fact) {
        own.add(fact);
        return fact;
    }

    /** Fires within what is left of the budget; the run's firings so far plus these. */
    private int fire(KieSession session, int firedBefore) {
        int fired = session.fireAllRules(options.maxFirings() - firedBefore + 1);
        if (firedBefore + fired > options.maxFirings() || isHalted()) {
            throw NEEDS_FULL_RUN;
        }
        return firedBefore + fired;
    }

    private void beginPoint(KieSession session) {
        synchronized (watchdogLock) {
            running = session;
            startedAt = System.nanoTime();
            halted = false;
        }
    }

    private boolean isHalted() {
        return halted;
    }

    /** @return whether the watchdog halted the point */
    private boolean endPoint() {
        synchronized (watchdogLock) {
            running = null;
            boolean wasHalted = halted;
            halted = false;
            return wasHalted;
        }
    }
}
