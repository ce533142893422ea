package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.RuleBook;
import whatif.run.InputProblem;
import whatif.run.Observed;
import whatif.run.Input;
import whatif.run.PointValue;
import whatif.run.PreparedScenario;
import whatif.run.RunError;
import whatif.run.RunOptions;
import whatif.run.ValueText;
import whatif.scenario.ObservedField;
import whatif.scenario.Scenario;
import whatif.scenario.SweepAxis;

/**
 * Evaluates points through {@link PreparedScenario}: the scenario bound once, a session kept per
 * worker. When every observed field is a field of produced facts ({@code Type.field}), a point runs
 * lean: only those fields are read, no outcome is built. Otherwise ({@code status}, {@code facts},
 * a selector such as {@code Type[id=p].field}) each point runs in full and {@link Observer} reads
 * the outcome. A point whose value does not fit its field is left to {@link ScenarioCopyEvaluator},
 * so that it reports the diagnostic a scenario file with that value would. Either way a point
 * gives the observation {@link ScenarioCopyEvaluator} gives; {@code PreparedPointEvaluatorTest}
 * compares the two.
 */
final class PreparedPointEvaluator implements PointEvaluator {
    private final List<Input> inputs;
    private final Optional<List<Observed>> lean;
    private final Observer observer;
    private final whatif.run.PointEvaluator evaluator;
    private final PointEvaluator.Factory slowPath;
    private PointEvaluator copies;
    /** The grid whose axis values {@link #converted} holds, converted for {@link #inputs}. */
    private Grid convertedFor;
    private PointValue[][] converted;

    private PreparedPointEvaluator(PreparedScenario prepared, List<Input> inputs, Optional<List<Observed>> lean,
            Observer observer, RunOptions options, PointEvaluator.Factory slowPath) {
        this.inputs = inputs;
        this.lean = lean;
        this.observer = observer;
        this.evaluator = prepared.newEvaluator(options, lean.orElse(List.of()));
        this.slowPath = slowPath;
    }

    /**
     * Evaluators over the scenario bound once; empty when the scenario or an axis does not bind
     * (the copies then report why, point by point, as before).
     */
    static Optional<PointEvaluator.Factory> factory(RuleBook book, Scenario scenario, List<SweepAxis> axes,
            List<ObservedField> observed, Observer observer, RunOptions options, PointEvaluator.Factory slowPath) {
        Optional<PreparedScenario> prepared = PreparedScenario.prepare(book, scenario).prepared();
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Input> inputs = axes.stream().map(axis -> prepared.get().input(axis.name())).toList();
            Optional<List<Observed>> lean = leanFields(prepared.get(), observed);
            return Optional.of(() -> new PreparedPointEvaluator(prepared.get(), inputs, lean, observer, options, slowPath));
        } catch (InputProblem e) {
            return Optional.empty();
        }
    }

    private static Optional<List<Observed>> leanFields(PreparedScenario prepared, List<ObservedField> observed) {
        List<Observed> fields = new ArrayList<>();
        for (ObservedField field : observed) {
            if (field.path().isEmpty() || field.path().get().where().isPresent()) {
                return Optional.empty();
            }
            fields.add(prepared.observed(field.path().get().text()));
        }
        return Optional.of(fields);
    }

    @Override
    public Observation observe(Point point) {
        List<PointValue> values = new ArrayList<>(inputs.size());
        try {
            for (int axis = 0; axis < inputs.size(); axis++) {
                values.add(inputs.get(axis).parse(point.values().get(axis).text()));
            }
        } catch (InputProblem e) {
            return copies().observe(point);
        }
        return observe(values);
    }

    /** As {@link #observe(Point)}, with each axis value converted once for the whole grid rather than parsed at every point. */
    @Override
    public Observation observe(Grid grid, int[] coordinates) {
        if (grid != convertedFor) {
            converted = convert(grid);
            convertedFor = grid;
        }
        List<PointValue> values = new ArrayList<>(inputs.size());
        for (int axis = 0; axis < inputs.size(); axis++) {
            PointValue value = converted[axis] != null ? converted[axis][coordinates[axis]] : null;
            if (value == null) {
                return observe(grid.pointAt(coordinates)); // too long an axis to keep, or a value that does not fit
            }
            values.add(value);
        }
        return observe(values);
    }

    /** Each value of each axis converted as {@link #observe(Point)} converts it; null where it does not fit. */
    private PointValue[][] convert(Grid grid) {
        PointValue[][] values = new PointValue[inputs.size()][];
        for (int axis = 0; axis < inputs.size(); axis++) {
            Axis of = grid.axes().get(axis);
            if (of.size() <= AxisCells.KEPT) {
                values[axis] = new PointValue[of.size()];
                for (int i = 0; i < of.size(); i++) {
                    try {
                        values[axis][i] = inputs.get(axis).parse(of.value(i).text());
                    } catch (InputProblem e) {
                        values[axis][i] = null;
                    }
                }
            }
        }
        return values;
    }

    private Observation observe(List<PointValue> values) {
        if (lean.isEmpty()) {
            return observer.observe(evaluator.run(values));
        }
        whatif.run.Observation observed = evaluator.observe(values);
        List<String> cells = new ArrayList<>(lean.get().size());
        for (int field = 0; field < lean.get().size(); field++) {
            cells.add(cell(observed.valuesOf(field)));
        }
        return new Observation(cells, observed.error().map(RunError::message).orElse(""));
    }

    /** As {@link Observer} writes a field: the values of every such fact as text, sorted, joined. */
    private static String cell(List<Object> values) {
        if (values.size() == 1) {
            Object only = values.get(0);
            return only == null ? "" : ValueText.of(only);
        }
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value != null) {
                texts.add(ValueText.of(value));
            }
        }
        texts.sort(null);
        return String.join(Observer.SEPARATOR, texts);
    }

    private PointEvaluator copies() {
        if (copies == null) {
            copies = slowPath.newEvaluator();
        }
        return copies;
    }

    @Override
    public void close() {
        evaluator.close();
        if (copies != null) {
            copies.close();
        }
    }
}
