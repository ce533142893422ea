package whatif.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.source.Span;

/**
 * The scenario with a point's values written in, as a variant's {@code change:} writes its own:
 * the value replaces the field where the fact writes it, or is added to the fact, pointing at the
 * fact; an {@code asOf} axis moves the date.
 */
final class ScenarioAtPoint {
    private final Scenario base;
    private final List<AxisTarget> targets;

    ScenarioAtPoint(Scenario base, List<AxisTarget> targets) {
        this.base = base;
        this.targets = List.copyOf(targets);
    }

    Scenario at(Point point) {
        LocalDate asOf = base.asOf();
        List<FactSpec> given = new ArrayList<>(base.given());
        for (int a = 0; a < targets.size(); a++) {
            AxisTarget target = targets.get(a);
            String text = point.values().get(a).text();
            if (target.isAsOf()) {
                asOf = LocalDate.parse(text);
            } else {
                given.set(target.given(), withValue(given.get(target.given()), target.field(), text));
            }
        }
        return base.withInput(asOf, given);
    }

    private static FactSpec withValue(FactSpec fact, String field, String text) {
        List<FieldValue> fields = new ArrayList<>(fact.fields());
        int at = IntStream.range(0, fields.size()).filter(i -> fields.get(i).name().equals(field)).findFirst().orElse(-1);
        Span where = at >= 0 ? fields.get(at).value().span() : fact.span();
        FieldValue value = new FieldValue(field, at >= 0 ? fields.get(at).nameSpan() : fact.span(), Scalar.of(text, where));
        if (at >= 0) {
            fields.set(at, value);
        } else {
            fields.add(value);
        }
        return new FactSpec(fact.type(), fields, fact.span());
    }
}
