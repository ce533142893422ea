package whatif.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import whatif.rulebook.DeclaredField;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.FactTypes;
import whatif.scenario.AxisRange;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldPath;
import whatif.scenario.ObservedField;
import whatif.scenario.Scenario;
import whatif.scenario.SweepAxis;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;
import whatif.source.VisibleText;

/**
 * Checks a sweep against its scenario and the rules before any point runs: each axis selects one
 * given fact and a declared field whose type takes the axis's values; each observed field is a
 * declared type's field. A problem points where the axis or field is written, or, for one given on
 * the command line, at the scenario's given facts (or its name), with what there is to choose from.
 */
final class SweepTargets {
    private final Scenario scenario;
    private final FactTypes types;
    private final List<Diagnostic> problems = new ArrayList<>();

    SweepTargets(Scenario scenario, FactTypes types) {
        this.scenario = scenario;
        this.types = types;
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** What each axis changes; an axis with a problem is reported and left out. */
    List<AxisTarget> targets(List<SweepAxis> axes) {
        List<AxisTarget> targets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SweepAxis axis : axes) {
            if (names.contains(axis.name())) {
                problem(DiagnosticCode.SWEEP, where(axis.span(), scenario.span()), "`" + axis.name() + "` is varied twice",
                        "expected each axis once", "keep one of the two ranges");
                continue;
            }
            names.add(axis.name());
            target(axis).ifPresent(targets::add);
        }
        return targets;
    }

    void checkObserved(List<ObservedField> observed) {
        for (ObservedField field : observed) {
            field.path().ifPresent(path -> declaredField(path, where(field.span(), scenario.span()), "observe"));
        }
    }

    private Optional<AxisTarget> target(SweepAxis axis) {
        if (axis.isAsOf()) {
            if (!(axis.range() instanceof AxisRange.Dates) && !listsDates(axis.range())) {
                problem(DiagnosticCode.SWEEP, where(axis.span(), scenario.span()), "`asOf` is varied over "
                                + (axis.range() instanceof AxisRange.Listed ? "values that are not all dates" : "numbers"),
                        "expected dates", "write `asOf=2012-01-01..2021-12-31:1m`");
                return Optional.empty();
            }
            return Optional.of(AxisTarget.asOf());
        }
        FieldPath path = axis.field().orElseThrow();
        Span givenAt = scenario.given().isEmpty() ? scenario.span() : scenario.given().get(0).span();
        Span at = where(axis.span(), givenAt);
        Optional<Integer> given = selectGiven(path, at);
        // A type no given fact has is reported once, with the given types to choose from.
        Optional<DeclaredField> field = given.isEmpty() ? Optional.empty() : declaredField(path, at, "vary");
        if (given.isEmpty() || field.isEmpty()) {
            return Optional.empty();
        }
        if (!fits(field.get(), axis.range())) {
            problem(DiagnosticCode.WRONG_VALUE_TYPE, at, "`" + path.text() + "` takes " + field.get().expectation()
                            + ", and the " + (axis.range() instanceof AxisRange.Listed ? "list" : "range") + " gives " + describe(axis.range()),
                    "expected a range of " + field.get().expectation(),
                    axis.range() instanceof AxisRange.Numbers n && !n.whole() ? "write the range in whole numbers, as `0..2000:100`"
                            : "vary a field whose type the range fits");
            return Optional.empty();
        }
        return Optional.of(new AxisTarget(given.get(), path.field()));
    }

    /** The one given fact the path selects, by type and, where it has one, its selector. */
    private Optional<Integer> selectGiven(FieldPath path, Span at) {
        List<FactSpec> given = scenario.given();
        List<Integer> ofType = IntStream.range(0, given.size()).filter(i -> given.get(i).typeName().equals(path.type())).boxed().toList();
        if (ofType.isEmpty()) {
            List<String> givenTypes = given.stream().map(FactSpec::typeName).distinct().toList();
            problem(DiagnosticCode.SWEEP, at, "no given fact of type `" + VisibleText.of(path.type()) + "` to vary",
                    givenTypes.isEmpty() ? "the scenario gives no facts" : "the given facts are of type " + Suggestions.quoted(givenTypes),
                    Suggestions.nearest(path.type(), givenTypes).map(t -> "did you mean `" + t + "`?")
                            .orElse("an axis varies a field of a fact the scenario gives (`given:`), or `asOf`"));
            return Optional.empty();
        }
        List<Integer> selected = path.where().map(s -> ofType.stream()
                .filter(i -> given.get(i).field(s.field()).map(v -> v.value().text().equals(s.value())).orElse(false)).toList())
                .orElse(ofType);
        if (selected.size() == 1) {
            return Optional.of(selected.get(0));
        }
        List<String> ids = ofType.stream().map(i -> given.get(i).describe()).toList();
        if (selected.isEmpty()) {
            problem(DiagnosticCode.SWEEP, at, "no given `" + path.type() + "` matches `" + VisibleText.of(path.text()) + "`",
                    "the given `" + path.type() + "` facts are " + String.join(", ", ids),
                    "the selector matches a field's value as the scenario writes it, as `" + path.type() + "[id=p]." + path.field() + "`");
        } else {
            problem(DiagnosticCode.SWEEP, at, "`" + VisibleText.of(path.text()) + "` selects " + selected.size() + " given `"
                            + path.type() + "` facts",
                    "expected one; they are written at lines " + String.join(", ",
                            selected.stream().map(i -> String.valueOf(given.get(i).span().line())).toList()),
                    "tell them apart with a selector, as `" + path.type() + "[id=VALUE]." + path.field() + "`");
        }
        return Optional.empty();
    }

    private Optional<DeclaredField> declaredField(FieldPath path, Span at, String what) {
        Optional<DeclaredType> type = types.find(path.type());
        if (type.isEmpty()) {
            problem(DiagnosticCode.UNKNOWN_TYPE, at, "unknown type `" + VisibleText.of(path.type()) + "` in `" + what + "`",
                    "the rules declare no such type", Suggestions.hint(path.type(), types.names()));
            return Optional.empty();
        }
        List<String> fieldNames = type.get().fieldNames();
        Optional<DeclaredField> field = type.get().field(path.field());
        if (field.isEmpty()) {
            problem(DiagnosticCode.UNKNOWN_FIELD, at, "unknown field `" + VisibleText.of(path.field()) + "` in `" + path.type() + "`",
                    "expected one of " + Suggestions.quoted(fieldNames), Suggestions.hint(path.field(), fieldNames));
        }
        path.where().filter(s -> type.get().field(s.field()).isEmpty()).ifPresent(s -> problem(DiagnosticCode.UNKNOWN_FIELD, at,
                "unknown field `" + VisibleText.of(s.field()) + "` in the selector of `" + VisibleText.of(path.text()) + "`",
                "expected one of " + Suggestions.quoted(fieldNames), Suggestions.hint(s.field(), fieldNames)));
        return field;
    }

    private static boolean fits(DeclaredField field, AxisRange range) {
        if (range instanceof AxisRange.Listed listed) {
            return listed.values().stream().allMatch(value -> converts(field, value));
        }
        if (range instanceof AxisRange.Dates) {
            return field.type() == LocalDate.class;
        }
        AxisRange.Numbers numbers = (AxisRange.Numbers) range;
        return field.isNumber() && (numbers.whole() || !field.expectation().equals("a whole number"));
    }

    private static boolean converts(DeclaredField field, String value) {
        try {
            field.convert(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean listsDates(AxisRange range) {
        DeclaredField date = new DeclaredField(SweepAxis.AS_OF, LocalDate.class);
        return range instanceof AxisRange.Listed listed && listed.values().stream().allMatch(v -> converts(date, v));
    }

    private static String describe(AxisRange range) {
        if (range instanceof AxisRange.Numbers n) {
            return n.whole() ? "whole numbers" : "decimals";
        }
        return range instanceof AxisRange.Listed ? "values that do not all fit it" : "dates";
    }

    /** The axis's own place when the scenario's file has it; otherwise {@code fallback} in that file. */
    private Span where(Span written, Span fallback) {
        return written.file().equals(scenario.file()) ? written : fallback;
    }

    private void problem(DiagnosticCode code, Span at, String message, String label, String hint) {
        problems.add(Diagnostic.error(code, at, message).withLabel(label).withHint(hint));
    }
}
