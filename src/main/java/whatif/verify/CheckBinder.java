package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.Vocabulary;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * Checks a check against the rule book's names and the scenario it varies: each axis changes the
 * one given fact of its type, every type and field named exists, a monotone invariant runs along
 * one of the axes. Problems are reported where the verify file writes the name.
 */
public final class CheckBinder {
    private final Vocabulary vocabulary;
    private final List<Diagnostic> problems = new ArrayList<>();

    private CheckBinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static List<Diagnostic> problems(Check check, Scenario base, Vocabulary vocabulary) {
        CheckBinder binder = new CheckBinder(vocabulary);
        binder.bind(check, base);
        return binder.problems;
    }

    private void bind(Check check, Scenario base) {
        if (!base.timeline().isEmpty()) {
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, check.scenarioSpan(),
                            "scenario `" + base.name() + "` has a timeline")
                    .withLabel("verify varies given facts and the date only")
                    .withHint("vary a scenario with `given:` facts and no `timeline:`"));
        }
        for (Axis axis : check.axes()) {
            if (axis.isAsOf()) {
                axis.values().stream().filter(v -> !v.matches("\\d{4}-\\d{2}-\\d{2}")).findFirst().ifPresent(v -> problems.add(
                        Diagnostic.error(DiagnosticCode.BAD_DATE, axis.span(), "`" + v + "` is not a date")
                                .withLabel("expected dates such as `2015-06-01`")));
                continue;
            }
            field(axis.type(), axis.field(), axis.span());
            long given = base.given().stream().filter(f -> f.typeName().equals(axis.type())).count();
            if (given != 1) {
                problems.add(Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, axis.span(),
                                "scenario `" + base.name() + "` gives " + given + " `" + axis.type() + "` facts")
                        .withLabel("an axis changes the one given fact of its type")
                        .withHint(given == 0 ? "give a `" + axis.type() + "` in the scenario" : "vary a scenario that gives one"));
            }
        }
        for (Invariant invariant : check.invariants()) {
            if (invariant instanceof AtMostOne one) {
                type(one.type(), one.span());
                one.per().ifPresent(per -> field(one.type(), per, one.span()));
            } else if (invariant instanceof NeverBoth both) {
                selector(both.first(), both.span());
                selector(both.second(), both.span());
                both.on().ifPresent(on -> {
                    field(both.first().type(), on, both.span());
                    field(both.second().type(), on, both.span());
                });
            } else if (invariant instanceof Monotone monotone) {
                monotone(check, monotone);
            }
        }
    }

    private void monotone(Check check, Monotone monotone) {
        field(monotone.observedType(), monotone.observedField(), monotone.span());
        List<String> axes = check.axes().stream().map(Axis::target).toList();
        if (!axes.contains(monotone.along())) {
            problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, monotone.span(),
                            "`along: " + monotone.along() + "` is not an axis of the check")
                    .withLabel("expected one of " + Suggestions.quoted(axes))
                    .withHint(Suggestions.hint(monotone.along(), axes)));
        }
    }

    private void selector(FactSelector selector, Span span) {
        if (type(selector.type(), span)) {
            selector.fields().keySet().forEach(field -> field(selector.type(), field, span));
        }
    }

    private boolean type(String type, Span span) {
        if (vocabulary.hasType(type)) {
            return true;
        }
        List<String> types = List.copyOf(vocabulary.fieldsByType().keySet());
        problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_TYPE, span, "unknown type `" + type + "`")
                .withLabel("the rules declare no such type").withHint(Suggestions.hint(type, types)));
        return false;
    }

    private void field(String type, String field, Span span) {
        if (!type(type, span)) {
            return;
        }
        Optional<List<String>> fields = vocabulary.fieldsOf(type);
        if (fields.isPresent() && !fields.get().contains(field)) {
            problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, span, "unknown field `" + field + "` of `" + type + "`")
                    .withLabel("expected one of " + Suggestions.quoted(fields.get()))
                    .withHint(Suggestions.hint(field, fields.get())));
        }
    }
}
