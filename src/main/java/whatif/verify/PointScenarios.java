package whatif.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import whatif.scenario.Expectations;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;

/**
 * The scenario at one point of a grid: the base scenario with each axis's value put in, as a
 * variant's {@code change:} would (the field of the one given fact of the axis's type, or
 * {@code asOf}), and no expectations of its own: a check reads the facts, not the base's verdicts.
 */
final class PointScenarios {
    private final Scenario base;
    private final List<Axis> axes;

    PointScenarios(Scenario base, List<Axis> axes) {
        this.base = base;
        this.axes = List.copyOf(axes);
    }

    Scenario at(List<String> values, String name) {
        LocalDate asOf = base.asOf();
        List<FactSpec> given = new ArrayList<>(base.given());
        for (int a = 0; a < axes.size(); a++) {
            Axis axis = axes.get(a);
            String value = values.get(a);
            if (axis.isAsOf()) {
                asOf = LocalDate.parse(value);
                continue;
            }
            for (int f = 0; f < given.size(); f++) {
                if (given.get(f).typeName().equals(axis.type())) {
                    given.set(f, withField(given.get(f), axis, value));
                }
            }
        }
        return new Scenario(name, base.description(), base.span(), asOf, given, base.timeline(),
                Expectations.none(base.expect().span()));
    }

    private static FactSpec withField(FactSpec fact, Axis axis, String value) {
        List<FieldValue> fields = new ArrayList<>();
        boolean replaced = false;
        Scalar scalar = new Scalar(value, true, axis.span());
        for (FieldValue field : fact.fields()) {
            if (field.name().equals(axis.field())) {
                fields.add(new FieldValue(field.name(), field.nameSpan(), scalar));
                replaced = true;
            } else {
                fields.add(field);
            }
        }
        if (!replaced) {
            fields.add(new FieldValue(axis.field(), axis.span(), scalar));
        }
        return new FactSpec(fact.type(), fields, fact.span());
    }
}
