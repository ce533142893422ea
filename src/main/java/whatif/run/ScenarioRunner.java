package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleInfo;
import whatif.scenario.Scenario;
import whatif.source.Span;

/**
 * Runs one scenario over a rule book: a pure function from the two to an {@link Outcome}. Each
 * run has its own session over the shared KieBase, with a pseudo clock that walks the timeline:
 * at each date the clock moves, {@link Today} is updated, that date's facts go in, the rules fire
 * and that date's expectations are checked. Prints nothing; safe to call from many threads.
 */
public final class ScenarioRunner {
    private final RunOptions options;

    public ScenarioRunner(RunOptions options) {
        this.options = options;
    }

    public ScenarioRunner() {
        this(RunOptions.defaults());
    }

    public Outcome run(RuleBook book, Scenario scenario) {
        ScenarioBinder.Binding binding = ScenarioBinder.bind(scenario, book);
        if (binding.plan().isEmpty()) {
            return Outcome.invalid(scenario, binding.diagnostics());
        }
        KieSession session = ScenarioCalendar.newSession(book.kieBase());
        try {
            return new Execution(book, binding.plan().get(), session, options).run();
        } finally {
            session.dispose();
        }
    }

    /** The state of one run; lives as long as its session. */
    private static final class Execution {
        private final RuleBook book;
        private final Plan plan;
        private final KieSession session;
        private final RunOptions options;
        private final FiringLog log = new FiringLog();
        private final Set<Object> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Verdict> verdicts = new ArrayList<>();

        Execution(RuleBook book, Plan plan, KieSession session, RunOptions options) {
            this.book = book;
            this.plan = plan;
            this.session = session;
            this.options = options;
        }

        Outcome run() {
            session.addEventListener(log);
            ScenarioCalendar calendar = ScenarioCalendar.startingOn(session, plan.scenario().start());
            inserted.add(calendar.today());
            LocalDate day = null;
            int firstFiringOfDay = 0;
            for (Plan.Step step : plan.steps()) {
                calendar.advanceClockTo(step.on());
                log.dateIs(step.on());
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
            Snapshot end = snapshot(plan.steps().get(plan.steps().size() - 1).on(), log.rulesSince(0));
            plan.finalChecks().forEach(check -> verdicts.add(check.check(end)));
            if (!plan.scenario().hasExpectations()) {
                verdicts.add(new Verdict("nothing to check", false, "at least one expectation", "none",
                        end.on(), plan.scenario().span()));
            }
            boolean allHeld = verdicts.stream().allMatch(Verdict::held);
            return finish(allHeld ? Status.PASSED : Status.FAILED, Optional.empty());
        }

        private Optional<RunError> insertAndFire(Plan.Step step, ScenarioCalendar calendar) {
            try {
                calendar.moveTodayTo(step.on());
                for (Plan.Seed seed : step.inserts()) {
                    Object fact = seed.type().newFact(seed.values());
                    inserted.add(fact);
                    session.insert(fact);
                }
                int budget = options.maxFirings() - log.size();
                session.fireAllRules(budget + 1);
                if (log.size() > options.maxFirings()) {
                    Map.Entry<String, Integer> busiest = log.busiest();
                    return Optional.of(new RunError("rule `" + busiest.getKey() + "` fired " + busiest.getValue()
                            + " times; a loop?", busiest.getKey(),
                            "a rule that modifies a fact its own conditions match re-fires: add `no-loop true`, or a condition "
                                    + "its change falsifies; if the firings are intended, raise the limit with `--max-firings` (in tests, `whatif.maxFirings`)",
                            placeOf(busiest.getKey())));
                }
                return Optional.empty();
            } catch (ConsequenceException e) {
                String rule = e.getMatch().getRule().getName();
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return Optional.of(new RunError("rule `" + rule + "` threw " + describe(cause) + " on " + step.on(), rule,
                        "the `then` part of the rule failed; check it against the facts this scenario inserts",
                        placeOf(rule)));
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return Optional.of(new RunError("the rules failed on " + step.on() + " while evaluating conditions: "
                        + describe(cause), "",
                        "a condition compares a field with a value of another type, or calls a method that threw"));
            }
        }

        private Optional<Span> placeOf(String rule) {
            return book.rule(rule).map(RuleInfo::span);
        }

        private static String describe(Throwable cause) {
            String message = cause.getMessage();
            return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        }

        private Snapshot snapshot(LocalDate on, List<String> fired) {
            List<FactView> facts = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                book.factTypes().typeOf(fact).ifPresent(type -> facts.add(view(type, fact)));
            }
            return new Snapshot(on, facts, fired);
        }

        private Outcome finish(Status status, Optional<RunError> error) {
            List<FactView> produced = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (!inserted.contains(fact)) {
                    book.factTypes().typeOf(fact).ifPresent(type -> produced.add(view(type, fact)));
                }
            }
            Collections.sort(produced);
            return new Outcome(plan.scenario(), status, verdicts, log.all(), produced, error, List.of());
        }

        private static FactView view(DeclaredType type, Object fact) {
            return new FactView(type.name(), type.valuesOf(fact));
        }
    }
}
