package whatif.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.rulebook.DeclaredField;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.RuleBook;
import whatif.scenario.Expectations;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Suggestions;

/**
 * Checks a scenario against a rule book and turns it into a {@link Plan}: every type must be
 * declared, every field must exist, every value must fit its field's type and every rule named
 * in {@code fired} must exist. All problems are reported, each at its place in the file.
 */
final class ScenarioBinder {
    private static final DeclaredField COUNT = new DeclaredField("count", int.class);

    private final RuleBook book;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ScenarioBinder(RuleBook book) {
        this.book = book;
    }

    /** The scenario bound, or, when it does not fit the rule book, every reason why not. */
    record Binding(Optional<BoundScenario> bound, List<Diagnostic> diagnostics) {
        /** The plan of the scenario as written. */
        Optional<Plan> plan() {
            return bound.map(BoundScenario::plan);
        }
    }

    static Binding bind(Scenario scenario, RuleBook book) {
        ScenarioBinder binder = new ScenarioBinder(book);
        BoundScenario bound = binder.bound(scenario);
        return binder.diagnostics.isEmpty()
                ? new Binding(Optional.of(bound), List.of())
                : new Binding(Optional.empty(), List.copyOf(binder.diagnostics));
    }

    private BoundScenario bound(Scenario scenario) {
        List<Plan.Seed> given = new ArrayList<>();
        scenario.given().forEach(f -> seed(f).ifPresent(given::add));
        List<Plan.Step> timeline = new ArrayList<>();
        for (whatif.scenario.Step step : scenario.timelineInDateOrder()) {
            List<Plan.Seed> inserts = step.fact().flatMap(this::seed).map(List::of).orElse(List.of());
            timeline.add(new Plan.Step(step.on(), inserts, checks(step.expect())));
        }
        return new BoundScenario(scenario, given, timeline, checks(scenario.expect()));
    }

    private Optional<Plan.Seed> seed(FactSpec spec) {
        Optional<DeclaredType> type = type(spec.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldValue fieldValue : spec.fields()) {
            field(type.get(), fieldValue).ifPresent(field -> {
                if (fieldValue.value().isNull()) {
                    return;
                }
                try {
                    values.put(field.name(), field.convert(fieldValue.value().text()));
                } catch (IllegalArgumentException e) {
                    wrongValue(fieldValue, field, e.getMessage(), "write " + field.expectation()
                            + (field.isNumber() ? ", as `" + (field.type() == double.class ? "12.5" : "60") + "`" : ""));
                }
            });
        }
        return Optional.of(new Plan.Seed(type.get(), values, spec.span()));
    }

    private List<Check> checks(Expectations expect) {
        List<Check> checks = new ArrayList<>();
        expect.facts().forEach(spec -> pattern(spec).ifPresent(p -> checks.add(Checks.factPresent(p, spec.span()))));
        expect.noFacts().forEach(spec -> pattern(spec).ifPresent(p -> checks.add(Checks.factAbsent(p, spec.span()))));
        for (FieldValue count : expect.counts()) {
            Optional<DeclaredType> type = type(Scalar.of(count.name(), count.nameSpan()));
            Optional<ValueMatcher> matcher = matcher(count, COUNT);
            if (type.isPresent() && matcher.isPresent()) {
                checks.add(Checks.count(type.get().name(), matcher.get(), count.nameSpan()));
            }
        }
        expect.fired().forEach(rule -> rule(rule).ifPresent(r -> checks.add(Checks.fired(r, rule.span()))));
        expect.notFired().forEach(rule -> rule(rule).ifPresent(r -> checks.add(Checks.notFired(r, rule.span()))));
        return checks;
    }

    private Optional<FactPattern> pattern(FactSpec spec) {
        Optional<DeclaredType> type = type(spec.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ValueMatcher> fields = new LinkedHashMap<>();
        for (FieldValue fieldValue : spec.fields()) {
            field(type.get(), fieldValue).flatMap(field -> matcher(fieldValue, field))
                    .ifPresent(m -> fields.put(fieldValue.name(), m));
        }
        return Optional.of(new FactPattern(type.get().name(), fields, spec.describe()));
    }

    private Optional<ValueMatcher> matcher(FieldValue fieldValue, DeclaredField field) {
        try {
            return Optional.of(ValueMatcher.parse(fieldValue.value(), field));
        } catch (IllegalArgumentException e) {
            wrongValue(fieldValue, field, e.getMessage(),
                    "comparisons are written as a quoted string: \"< 600\", \">= 1\", \"oneOf [A, B]\"");
            return Optional.empty();
        }
    }

    private Optional<DeclaredType> type(Scalar name) {
        Optional<DeclaredType> type = book.factTypes().find(name.text());
        if (type.isEmpty()) {
            boolean ambiguous = book.factTypes().isAmbiguous(name.text());
            diagnostics.add(Diagnostic.error(DiagnosticCode.UNKNOWN_TYPE, name.span(),
                            (ambiguous ? "ambiguous type `" : "unknown type `") + name.text() + "`")
                    .withLabel(ambiguous ? "declared in more than one package" : "not declared in the rules")
                    .withHint(ambiguous ? "write the qualified name, `package.Type`"
                            : Suggestions.hint(name.text(), book.factTypes().names())));
        }
        return type;
    }

    private Optional<DeclaredField> field(DeclaredType type, FieldValue fieldValue) {
        Optional<DeclaredField> field = type.field(fieldValue.name());
        if (field.isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, fieldValue.nameSpan(),
                            "unknown field `" + fieldValue.name() + "` in `" + type.name() + "`")
                    .withLabel("expected one of " + Suggestions.quoted(type.fieldNames()))
                    .withHint(Suggestions.nearest(fieldValue.name(), type.fieldNames())
                            .map(n -> "did you mean `" + n + "`?").orElse("the fields are declared in `declare " + type.name() + "`")));
        }
        return field;
    }

    private Optional<String> rule(Scalar name) {
        if (book.rule(name.text()).isPresent()) {
            return Optional.of(name.text());
        }
        diagnostics.add(Diagnostic.error(DiagnosticCode.UNKNOWN_RULE, name.span(), "no rule named `" + name.text() + "`")
                .withLabel("not in the rule book")
                .withHint(Suggestions.nearest(name.text(), book.ruleNames()).map(n -> "did you mean `" + n + "`?")
                        .orElse("rule names are the quoted names after `rule` in the `.drl` files")));
        return Optional.empty();
    }

    private void wrongValue(FieldValue fieldValue, DeclaredField field, String expected, String hintForOthers) {
        diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_VALUE_TYPE, fieldValue.value().span(),
                        "`" + fieldValue.value().text() + "` does not fit field `" + field.name() + "`")
                .withLabel("expected " + expected)
                .withHint(field.isEnum()
                        ? Suggestions.nearest(fieldValue.value().text(), field.constants()).map(c -> "did you mean `" + c + "`?")
                                .orElse("write one of the enum's constants, as declared")
                        : hintForOthers));
    }

}
