package whatif.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import whatif.rulebook.CitedSource;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleInfo;
import whatif.rulebook.SourceCatalog;
import whatif.run.FactView;
import whatif.run.Trace;

/**
 * Turns a run's {@link Trace} into an {@link Explanation}: pure, it replays the recorded events up
 * to the date asked for and follows each produced fact back through the facts its rule matched.
 */
public final class Explainer {
    private final RuleBook book;
    private final Map<Integer, Trace.Inserted> insertions = new LinkedHashMap<>();
    private final Map<Integer, List<String>> changes = new LinkedHashMap<>();
    private final Map<Integer, FactView> current = new LinkedHashMap<>();
    private final Set<Integer> explained = new HashSet<>();

    private Explainer(RuleBook book) {
        this.book = book;
    }

    /** The facts the rules produced that are present at the end of {@code on}, each with its derivation. */
    public static Explanation explain(String scenario, Trace trace, RuleBook book, LocalDate on) {
        return new Explainer(book).explainUntil(scenario, trace, on, Optional.empty());
    }

    /** As {@link #explain}, for the facts of one type only (their derivations still reach every fact they rest on). */
    public static Explanation explain(String scenario, Trace trace, RuleBook book, LocalDate on, String type) {
        return new Explainer(book).explainUntil(scenario, trace, on, Optional.of(type));
    }

    private Explanation explainUntil(String scenario, Trace trace, LocalDate on, Optional<String> type) {
        List<Withdrawal> withdrawn = new ArrayList<>();
        for (Trace.Entry entry : trace.entries()) {
            if (entry.on().isAfter(on)) {
                break;
            }
            if (entry instanceof Trace.Inserted inserted) {
                insertions.put(inserted.fact(), inserted);
                current.put(inserted.fact(), inserted.view());
            } else if (entry instanceof Trace.Changed changed) {
                current.put(changed.fact(), changed.view());
                changed.rule().ifPresent(rule -> changes.computeIfAbsent(changed.fact(), f -> new ArrayList<>())
                        .add(rule + " on " + changed.on()));
            } else if (entry instanceof Trace.Withdrawn gone) {
                current.remove(gone.fact());
                Trace.Inserted inserted = insertions.get(gone.fact());
                if (inserted != null && inserted.rule().isPresent()) {
                    withdrawn.add(new Withdrawal(gone.view(), gone.on(), gone.rule(), why(gone, inserted)));
                }
            }
        }
        List<Derivation> facts = new ArrayList<>();
        for (Integer fact : current.keySet()) {
            Trace.Inserted inserted = insertions.get(fact);
            if (inserted.rule().isPresent() && type.map(t -> t.equals(inserted.view().type())).orElse(true)) {
                facts.add(derive(fact, new HashSet<>()));
            }
        }
        return new Explanation(scenario, on, facts, withdrawn);
    }

    private Derivation derive(int fact, Set<Integer> path) {
        Trace.Inserted inserted = insertions.get(fact);
        FactView view = current.getOrDefault(fact, inserted.view());
        List<String> changedBy = changes.getOrDefault(fact, List.of());
        if (inserted.rule().isEmpty()) {
            return new Derivation(fact, view, inserted.on(), Optional.empty(), inserted.given(), List.of(), changedBy,
                    List.of(), false);
        }
        String rule = inserted.rule().get();
        Optional<RuleInfo> info = book.rule(rule);
        List<CitedSource> sources = info.map(r -> citedBy(r, book.sources())).orElse(List.of());
        if (!explained.add(fact) || path.contains(fact)) {
            return new Derivation(fact, view, inserted.on(), inserted.rule(), info.map(RuleInfo::span), sources,
                    changedBy, List.of(), true);
        }
        path.add(fact);
        List<Derivation> from = new ArrayList<>();
        for (Integer matched : inserted.matched()) {
            if (insertions.containsKey(matched)) {
                from.add(derive(matched, path));
            }
        }
        path.remove(fact);
        return new Derivation(fact, view, inserted.on(), inserted.rule(), info.map(RuleInfo::span), sources,
                changedBy, from, false);
    }

    private static List<CitedSource> citedBy(RuleInfo rule, SourceCatalog catalog) {
        String cited = rule.metadata().get("source");
        if (cited == null) {
            return List.of();
        }
        List<CitedSource> sources = new ArrayList<>();
        for (String id : SourceCatalog.idsCitedBy(cited)) {
            sources.add(catalog.find(id).orElseGet(() -> new CitedSource(id, "", "", "", "", "", rule.span())));
        }
        return sources;
    }

    private String why(Trace.Withdrawn gone, Trace.Inserted inserted) {
        if (gone.rule().isPresent()) {
            return "deleted by rule `" + gone.rule().get() + "`";
        }
        boolean isEvent = book.factTypes().find(inserted.view().type()).map(t -> t.isEvent()).orElse(false);
        return isEvent ? "expired: the event left its window"
                : "withdrawn by truth maintenance: the conditions of rule `" + inserted.rule().get()
                        + "`, which inserted it logically, stopped holding";
    }
}
