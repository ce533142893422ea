package whatif.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.scenario.Scenario;
import whatif.scenario.Step;
import whatif.source.Span;

/**
 * How the inputs of two scenarios differ. A fact is the same fact in both when it is written at
 * the same place, as a variant keeps its scenario's facts: compared there, it is unchanged, or
 * changed field by field; a fact written in one only was added or removed. Entries that only
 * check expectations are no input and are left out.
 */
final class InputChanges {
    private InputChanges() {
    }

    static List<InputChange> between(Scenario before, Scenario after) {
        List<InputChange> changes = new ArrayList<>();
        if (!before.asOf().equals(after.asOf())) {
            changes.add(new InputChange.DateMoved(before.asOf(), after.asOf()));
        }
        Map<Span, FactSpec> givenBefore = bySpan(before.given());
        Map<Span, FactSpec> givenAfter = bySpan(after.given());
        for (FactSpec fact : after.given()) {
            FactSpec was = givenBefore.get(fact.span());
            if (was == null) {
                changes.add(new InputChange.Added(fact, after.asOf(), fact.span()));
            } else if (!was.equals(fact)) {
                List<InputChange.ValueChange> values = valueChanges(was, fact);
                Span at = values.isEmpty() ? fact.span() : fact.field(values.get(0).field())
                        .map(FieldValue::nameSpan).orElse(fact.span());
                changes.add(new InputChange.Changed(was, fact, values, at));
            }
        }
        for (FactSpec fact : before.given()) {
            if (!givenAfter.containsKey(fact.span())) {
                changes.add(new InputChange.Removed(fact, before.asOf(), fact.span()));
            }
        }
        Set<Span> stepsBefore = spans(before.timeline());
        Set<Span> stepsAfter = spans(after.timeline());
        for (Step step : before.timelineInDateOrder()) {
            if (!stepsAfter.contains(step.span())) {
                step.fact().ifPresent(fact -> changes.add(new InputChange.Removed(fact, step.on(), step.span())));
            }
        }
        for (Step step : after.timelineInDateOrder()) {
            if (!stepsBefore.contains(step.span())) {
                step.fact().ifPresent(fact -> changes.add(new InputChange.Added(fact, step.on(), step.span())));
            }
        }
        return changes;
    }

    private static Map<Span, FactSpec> bySpan(List<FactSpec> facts) {
        Map<Span, FactSpec> bySpan = new LinkedHashMap<>();
        facts.forEach(f -> bySpan.putIfAbsent(f.span(), f));
        return bySpan;
    }

    private static Set<Span> spans(List<Step> steps) {
        Set<Span> spans = new LinkedHashSet<>();
        steps.forEach(s -> spans.add(s.span()));
        return spans;
    }

    /** Field by field, as written: the type's own changes are no concern of a value. */
    private static List<InputChange.ValueChange> valueChanges(FactSpec was, FactSpec is) {
        Set<String> fields = new LinkedHashSet<>();
        was.fields().forEach(f -> fields.add(f.name()));
        is.fields().forEach(f -> fields.add(f.name()));
        List<InputChange.ValueChange> changes = new ArrayList<>();
        for (String field : fields) {
            Optional<String> before = was.field(field).map(f -> f.value().text());
            Optional<String> after = is.field(field).map(f -> f.value().text());
            if (!before.equals(after)) {
                changes.add(new InputChange.ValueChange(field, before, after));
            }
        }
        return changes;
    }
}
