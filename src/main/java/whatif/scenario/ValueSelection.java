package whatif.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Suggestions;
import whatif.source.VisibleText;

/**
 * Narrows the facts a variant's item selects by the field values it lists, as the scenario
 * writes them ({@code change:}'s {@code where}, {@code remove:}'s fields): the first value no
 * candidate has is reported where it is written, with the values there are.
 *
 * @param subject    who has none, in the message: {@code no given `Trip`}
 * @param candidates what they are, in the label: {@code the given `Trip` facts}
 * @param otherwise  the hint when no written value is near the one asked for
 */
record ValueSelection(String subject, String candidates, String otherwise) {
    /** The candidates that have every value, or nothing, with the first value none has reported. */
    <T> Optional<List<T>> narrow(List<T> selected, Function<T, Optional<FactSpec>> factOf, List<FieldValue> wanted, YamlNodes nodes) {
        List<T> kept = selected;
        for (FieldValue value : wanted) {
            List<T> narrowed = kept.stream().filter(c -> factOf.apply(c).map(f -> has(f, value)).orElse(false)).toList();
            if (narrowed.isEmpty()) {
                nodes.report(noneHas(value, kept.stream().flatMap(c -> factOf.apply(c).stream()).toList()));
                return Optional.empty();
            }
            kept = narrowed;
        }
        return Optional.of(kept);
    }

    private Diagnostic noneHas(FieldValue wanted, List<FactSpec> facts) {
        List<String> values = facts.stream().flatMap(f -> f.field(wanted.name()).stream()).map(f -> f.value().text()).distinct().toList();
        String field = VisibleText.of(wanted.name());
        return Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, wanted.nameSpan(),
                        subject + " has `" + field + ": " + VisibleText.of(wanted.value().text()) + "`")
                .withLabel(values.isEmpty() ? candidates + " do not write `" + field + "`"
                        : "expected " + field + " " + Suggestions.quoted(values.stream().map(VisibleText::of).toList()))
                .withHint(Suggestions.nearest(wanted.value().text(), values)
                        .filter(v -> wanted.value().text().length() >= 3) // a value of one or two characters is near any other
                        .map(v -> "did you mean `" + VisibleText.of(v) + "`?")
                        .orElse(otherwise));
    }

    private static boolean has(FactSpec fact, FieldValue wanted) {
        return fact.field(wanted.name()).map(v -> v.value().text().equals(wanted.value().text())).orElse(false);
    }
}
