package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.RuleBook;
import whatif.rulebook.Vocabulary;
import whatif.run.Input;
import whatif.run.InputProblem;
import whatif.run.PointValue;
import whatif.run.PreparedScenario;
import whatif.scenario.Scenario;
import whatif.scenario.SweepAxis;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;
import whatif.sweep.Axis;
import whatif.sweep.Grid;

/**
 * Binds a check to the rule book and the scenario it varies: the scenario must fit the rules and
 * have no timeline; each axis changes {@code asOf} or a field of one given fact, chosen as a sweep
 * chooses it ({@code Type.field} where the scenario gives one fact of the type,
 * {@code Type[id=p].field} where it gives several), and every value of the axis fits that field;
 * every type and field an invariant names exists; a monotone invariant runs along one of the
 * axes. Problems are reported where the verify file writes the name.
 */
public final class CheckBinder {
    /** Points a check may have: what each gave is kept until the end, a few bytes a point. */
    public static final long MAX_POINTS = 2_000_000;

    private final Vocabulary vocabulary;
    private final List<Diagnostic> problems = new ArrayList<>();

    private CheckBinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The check bound, or, when it does not fit, every reason why not. */
    public record Binding(Optional<BoundCheck> bound, List<Diagnostic> diagnostics) {
        public Binding {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Binding bind(Check check, Scenario base, RuleBook book) {
        CheckBinder binder = new CheckBinder(book.vocabulary());
        PreparedScenario.Preparation preparation = PreparedScenario.prepare(book, base);
        binder.problems.addAll(preparation.diagnostics());
        if (!base.timeline().isEmpty()) {
            binder.problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, check.scenarioSpan(),
                            "scenario `" + base.name() + "` has a timeline")
                    .withLabel("verify varies given facts and the date only")
                    .withHint("vary a scenario with `given:` facts and no `timeline:`"));
        }
        binder.invariants(check);
        Optional<BoundCheck> bound = preparation.prepared().flatMap(prepared -> binder.axes(check, prepared));
        boolean fits = binder.problems.stream().noneMatch(Diagnostic::isError);
        return new Binding(fits ? bound : Optional.empty(), binder.problems);
    }

    private Optional<BoundCheck> axes(Check check, PreparedScenario prepared) {
        List<List<PointValue>> values = new ArrayList<>();
        List<Axis> axes = new ArrayList<>();
        for (SweepAxis axis : check.axes()) {
            int before = problems.size();
            axis.field().ifPresent(path -> field(path.type(), path.field(), axis.span()));
            if (problems.size() > before) {
                continue; // an unknown type or field is reported once, not again as an input
            }
            try {
                Axis grid = Axis.of(axis);
                Input input = prepared.input(axis.name());
                List<PointValue> converted = new ArrayList<>(grid.size());
                for (int i = 0; i < grid.size() && converted.size() == i; i++) {
                    convert(input, grid.value(i).text(), axis.span()).ifPresent(converted::add);
                }
                if (converted.size() == grid.size()) {
                    axes.add(grid);
                    values.add(converted);
                }
            } catch (InputProblem e) {
                problems.add(Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, axis.span(), e.getMessage())
                        .withLabel("an axis changes `asOf` or a field of one given fact").withHint(e.hint()));
            } catch (IllegalArgumentException e) {
                problems.add(tooLarge(axis.span(), e.getMessage()));
            }
        }
        if (axes.size() < check.axes().size()) {
            return Optional.empty();
        }
        try {
            Grid grid = Grid.of(axes);
            if (grid.size() > MAX_POINTS) {
                throw new IllegalArgumentException(grid.size() + " points");
            }
            return Optional.of(new BoundCheck(check, prepared, grid, values));
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(tooLarge(check.span(), e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<PointValue> convert(Input input, String text, Span span) {
        try {
            return Optional.of(input.parse(text));
        } catch (InputProblem e) {
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_VALUE_TYPE, span, e.getMessage())
                    .withLabel("every value of the axis must fit it").withHint(e.hint()));
            return Optional.empty();
        }
    }

    private static Diagnostic tooLarge(Span span, String detail) {
        return Diagnostic.error(DiagnosticCode.WRONG_SHAPE, span, "the check's grid is too large: " + detail)
                .withLabel("expected at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_POINTS) + " points")
                .withHint("take larger steps, or fewer axes");
    }

    private void invariants(Check check) {
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
        List<String> axes = check.axisNames();
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
