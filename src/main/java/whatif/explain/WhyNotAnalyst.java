package whatif.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.rulebook.RuleInfo;
import whatif.rulebook.RuleSource;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.QueryAnswer;
import whatif.run.ScenarioRunner;
import whatif.run.Verdict;
import whatif.scenario.Expectations;
import whatif.scenario.FactSpec;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.Step;

/**
 * Answers "why not?" for the expectations of a run that failed because a fact was missing or a rule
 * did not fire. The rules that could have produced the fact are those whose consequence creates one
 * ({@code new Type(}); their conditions are turned into queries ({@link ConditionQueries}), compiled
 * beside the rule book, and asked at the end of the scenario (cut at the date of the expectation), so
 * Drools judges every condition itself. At most {@value #MAX_RULES} rules are examined per expectation.
 */
public final class WhyNotAnalyst {
    static final int MAX_RULES = 5;

    private final RuleBook book;
    private final Map<String, RuleAt> rules = new LinkedHashMap<>();

    /** A rule's descriptor with the file it is in. */
    private record RuleAt(RuleSource source, PackageDescr pkg, RuleDescr rule) {
    }

    /** A failed expectation this analyst can answer: a missing fact's type, or a rule that did not fire. */
    private record Question(Verdict verdict, Optional<String> type, Optional<String> rule) {
    }

    private WhyNotAnalyst(RuleBook book) {
        this.book = book;
        for (RuleSource source : book.drl()) {
            ConditionQueries.parse(source).ifPresent(pkg -> pkg.getRules().forEach(r -> rules.putIfAbsent(r.getName(),
                    new RuleAt(source, pkg, r))));
        }
    }

    public static List<WhyNot> analyse(RuleBook book, Outcome outcome) {
        return new WhyNotAnalyst(book).answer(outcome);
    }

    private List<WhyNot> answer(Outcome outcome) {
        List<WhyNot> answers = new ArrayList<>();
        for (Question question : questions(outcome)) {
            List<String> candidates = question.rule().map(List::of)
                    .orElseGet(() -> producersOf(question.type().orElseThrow()));
            answers.add(answer(outcome.scenario(), question, candidates.subList(0, Math.min(MAX_RULES, candidates.size()))));
        }
        return answers;
    }

    private WhyNot answer(Scenario scenario, Question question, List<String> candidates) {
        String expectation = question.verdict().expectation();
        if (candidates.isEmpty()) {
            return new WhyNot(expectation, question.verdict().span(), List.of(),
                    Optional.of("no rule's consequence creates a `" + question.type().orElse("?") + "`"));
        }
        List<ConditionQueries.Analysis> analyses = new ArrayList<>();
        List<RuleSource> extra = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            RuleAt at = rules.get(candidates.get(i));
            ConditionQueries.Analysis analysis = ConditionQueries.analyse(at.source(), at.pkg(), at.rule(), i);
            analyses.add(analysis);
            extra.add(new RuleSource(ConditionQueries.fileName(i), ConditionQueries.file(at.pkg(), analysis.queries())));
        }
        List<RuleSource> all = new ArrayList<>(book.drl());
        all.addAll(extra);
        Compilation compiled = RuleBookCompiler.compile(all);
        if (compiled.ruleBook().isEmpty()) {
            return new WhyNot(expectation, question.verdict().span(), List.of(), Optional.of(
                    "the conditions could not be turned into queries: " + compiled.diagnostics().get(0).oneLine()));
        }
        List<String> names = analyses.stream().flatMap(a -> a.queries().stream()).map(ConditionQueries.Query::name).toList();
        Map<String, QueryAnswer> answers = new ScenarioRunner().answer(compiled.ruleBook().get(),
                until(scenario, question.verdict().on()), names, ConditionQueries.BOUND);
        if (answers.isEmpty()) {
            return new WhyNot(expectation, question.verdict().span(), List.of(),
                    Optional.of("the scenario did not run to its end, so its conditions cannot be asked"));
        }
        List<WhyNot.Candidate> found = new ArrayList<>();
        for (ConditionQueries.Analysis analysis : analyses) {
            found.add(candidate(analysis, answers));
        }
        return new WhyNot(expectation, question.verdict().span(), found, Optional.empty());
    }

    private WhyNot.Candidate candidate(ConditionQueries.Analysis analysis, Map<String, QueryAnswer> answers) {
        Optional<whatif.source.Span> at = book.rule(analysis.rule()).map(RuleInfo::span);
        for (int k = 0; k < analysis.conditions().size(); k++) {
            int condition = k;
            ConditionQueries.Query prefix = analysis.queries().stream()
                    .filter(q -> q.condition() == condition && q.constraint() == -1).findFirst().orElseThrow();
            if (answers.get(prefix.name()).rows() == 0) {
                ConditionQueries.Condition c = analysis.conditions().get(k);
                return new WhyNot.Candidate(analysis.rule(), at, k,
                        Optional.of(new WhyNot.Blocked(c.text().replaceAll("\\s+", " "), c.at(), c.negated(),
                                closest(analysis, k, answers))));
            }
        }
        return new WhyNot.Candidate(analysis.rule(), at, analysis.conditions().size(), Optional.empty());
    }

    /** Facts of the condition's type, those meeting the most of its constraints first, with the ones they miss. */
    private static List<WhyNot.Near> closest(ConditionQueries.Analysis analysis, int condition, Map<String, QueryAnswer> answers) {
        ConditionQueries.Condition c = analysis.conditions().get(condition);
        Optional<QueryAnswer> every = analysis.queries().stream()
                .filter(q -> q.condition() == condition && q.constraint() == -2).findFirst().map(q -> answers.get(q.name()));
        if (every.isEmpty()) {
            return List.of();
        }
        List<WhyNot.Near> near = new ArrayList<>();
        for (FactView fact : every.get().bound()) {
            List<String> unmet = new ArrayList<>();
            for (int j = 0; j < c.constraints().size(); j++) {
                int constraint = j;
                analysis.queries().stream().filter(q -> q.condition() == condition && q.constraint() == constraint)
                        .findFirst().map(q -> answers.get(q.name()))
                        .filter(answer -> !answer.bound().contains(fact))
                        .ifPresent(answer -> unmet.add(c.constraints().get(constraint)));
            }
            near.add(new WhyNot.Near(fact, unmet));
        }
        near.sort(Comparator.comparingInt((WhyNot.Near n) -> c.negated() ? -n.unmet().size() : n.unmet().size()));
        return near.subList(0, Math.min(3, near.size()));
    }

    private List<String> producersOf(String type) {
        Pattern creates = Pattern.compile("\\bnew\\s+" + Pattern.quote(type) + "\\s*\\(");
        return rules.values().stream()
                .filter(r -> creates.matcher(String.valueOf(r.rule().getConsequence())).find())
                .map(r -> r.rule().getName()).toList();
    }

    /** The failed expectations about a missing fact or a rule that did not fire, matched to what the scenario wrote. */
    private static List<Question> questions(Outcome outcome) {
        Map<whatif.source.Span, String> factTypes = new LinkedHashMap<>();
        Map<whatif.source.Span, String> firedRules = new LinkedHashMap<>();
        List<Expectations> all = new ArrayList<>();
        all.add(outcome.scenario().expect());
        outcome.scenario().timeline().stream().map(Step::expect).forEach(all::add);
        for (Expectations expect : all) {
            for (FactSpec spec : expect.facts()) {
                factTypes.put(spec.span(), spec.type().text());
            }
            for (Scalar rule : expect.fired()) {
                firedRules.put(rule.span(), rule.text());
            }
        }
        List<Question> questions = new ArrayList<>();
        for (Verdict failed : outcome.failures()) {
            Optional<String> type = Optional.ofNullable(factTypes.get(failed.span()));
            Optional<String> rule = Optional.ofNullable(firedRules.get(failed.span()));
            if (type.isPresent() || rule.isPresent()) {
                questions.add(new Question(failed, type, rule));
            }
        }
        return questions;
    }

    /** The scenario with its timeline cut after {@code date}, and nothing expected: the state to ask about. */
    private static Scenario until(Scenario scenario, LocalDate date) {
        return new Scenario(scenario.name(), scenario.description(), scenario.span(), scenario.asOf(), scenario.given(),
                scenario.timeline().stream().filter(step -> !step.on().isAfter(date)).toList(),
                Expectations.none(scenario.span()));
    }

}
