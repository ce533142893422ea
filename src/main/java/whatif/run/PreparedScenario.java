package whatif.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import whatif.rulebook.DeclaredField;
import whatif.rulebook.DeclaredType;
import whatif.rulebook.RuleBook;
import whatif.scenario.Scenario;
import whatif.scenario.WrittenValue;
import whatif.source.Diagnostic;
import whatif.source.Suggestions;

/**
 * A scenario checked against a rule book once, to be run many times with some of its values
 * changed: its {@code asOf} and fields of its given facts ({@link #input(String)}). Each thread
 * runs it through its own {@link PointEvaluator}; this object is immutable and shared.
 * <pre>
 * PreparedScenario prepared = PreparedScenario.prepare(book, scenario).prepared().orElseThrow();
 * Input range = prepared.input("Trip.speedKmh");
 * try (PointEvaluator evaluator = prepared.newEvaluator(options, List.of(prepared.observed("Ticket.excessKmh")))) {
 *     Observation o = evaluator.observe(List.of(range.set(130)));
 * }</pre>
 */
public final class PreparedScenario {
    private final RuleBook book;
    private final BoundScenario bound;

    private PreparedScenario(RuleBook book, BoundScenario bound) {
        this.book = book;
        this.bound = bound;
    }

    /** The scenario prepared, or, when it does not fit the rule book, the diagnostics that say why. */
    public record Preparation(Optional<PreparedScenario> prepared, List<Diagnostic> diagnostics) {
        public Preparation {
            Objects.requireNonNull(prepared, "prepared");
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Preparation prepare(RuleBook book, Scenario scenario) {
        ScenarioBinder.Binding binding = ScenarioBinder.bind(scenario, book);
        return new Preparation(binding.bound().map(bound -> new PreparedScenario(book, bound)), binding.diagnostics());
    }

    public Scenario scenario() {
        return bound.scenario();
    }

    public RuleBook ruleBook() {
        return book;
    }

    /**
     * {@code asOf}, or a field of the one given fact of a type: {@code Type.field}, or
     * {@code Type[field=value].field} where the scenario gives several facts of the type.
     *
     * @throws InputProblem when the path names no such fact or field
     */
    public Input input(String path) {
        if (path.strip().equals("asOf")) {
            return Input.asOf();
        }
        FactPath fact = FactPath.parse(path);
        DeclaredType type = type(fact);
        DeclaredField field = field(type, fact.field());
        List<Integer> given = IntStream.range(0, bound.given().size())
                .filter(i -> bound.given().get(i).type().equals(type)).boxed().toList();
        if (given.isEmpty()) {
            throw new InputProblem("the scenario gives no `" + type.name() + "` fact to change",
                    "a point changes the scenario's `given` facts; give a `" + type.name() + "` there");
        }
        if (fact.where().isPresent()) {
            FactPath.Where where = fact.where().get();
            Object value = convert(field(type, where.field()), where.value(), path);
            given = given.stream().filter(i -> value.equals(bound.given().get(i).values().get(where.field()))).toList();
            if (given.isEmpty()) {
                throw new InputProblem("no given `" + type.name() + "` has `" + where.field() + ": " + where.value() + "`",
                        "`[" + where.field() + "=...]` chooses a given fact by a value the scenario writes");
            }
        }
        if (given.size() > 1) {
            throw new InputProblem("the scenario gives " + given.size() + " `" + type.name() + "` facts; `" + path
                    + "` must name one", "choose one by a field, as `" + type.name() + "[id=...]." + field.name() + "`");
        }
        return Input.givenField(fact.written(), given.get(0), field, type.factType().getField(field.name()));
    }

    /**
     * A field to read off every fact of its type at the end of a run: {@code Type.field}.
     *
     * @throws InputProblem when the path names no declared type or field
     */
    public Observed observed(String path) {
        FactPath fact = FactPath.parse(path);
        if (fact.where().isPresent()) {
            throw new InputProblem("`" + path + "` chooses a fact, but an observed field is read off every fact of its type",
                    "write `" + fact.type() + "." + fact.field() + "`");
        }
        DeclaredType type = type(fact);
        return new Observed(fact.written(), type, field(type, fact.field()));
    }

    /** An evaluator for one thread, reading {@code observed} at the end of each point it observes. */
    public PointEvaluator newEvaluator(RunOptions options, List<Observed> observed) {
        return new PointEvaluator(this, options, observed);
    }

    /** The scenario with the point's values written in ({@link Scenario#withValues}), as a scenario file would give it. */
    public Scenario scenarioAt(List<PointValue> values) {
        List<WrittenValue> written = new ArrayList<>(values.size());
        for (PointValue value : values) {
            written.add(value.input().isAsOf() ? WrittenValue.asOf(textOf(value.value()))
                    : new WrittenValue(value.input().given(), value.input().field().name(), textOf(value.value())));
        }
        return bound.scenario().withValues(written);
    }

    BoundScenario bound() {
        return bound;
    }

    /** The plan of {@link #scenarioAt}, without binding it again. */
    Plan planAt(List<PointValue> values) {
        return bound.plan(scenarioAt(values), asOfAt(values), givenAt(values));
    }

    LocalDate asOfAt(List<PointValue> values) {
        LocalDate asOf = bound.scenario().asOf();
        for (PointValue value : values) {
            if (value.input().isAsOf()) {
                asOf = (LocalDate) value.value();
            }
        }
        return asOf;
    }

    private List<Plan.Seed> givenAt(List<PointValue> values) {
        List<Plan.Seed> given = new ArrayList<>(bound.given());
        for (PointValue value : values) {
            if (!value.input().isAsOf()) {
                int index = value.input().given();
                Plan.Seed seed = given.get(index);
                Map<String, Object> changed = new LinkedHashMap<>(seed.values());
                changed.put(value.input().field().name(), value.value());
                given.set(index, new Plan.Seed(seed.type(), changed, seed.span()));
            }
        }
        return given;
    }

    private DeclaredType type(FactPath path) {
        return book.factTypes().find(path.type()).orElseThrow(() -> new InputProblem(
                "unknown type `" + path.type() + "` in `" + path.written() + "`",
                Suggestions.hint(path.type(), book.factTypes().names())));
    }

    private static DeclaredField field(DeclaredType type, String name) {
        return type.field(name).orElseThrow(() -> new InputProblem("unknown field `" + name + "` in `" + type.name() + "`",
                Suggestions.hint(name, type.fieldNames())));
    }

    private static Object convert(DeclaredField field, String text, String path) {
        try {
            return field.convert(text);
        } catch (IllegalArgumentException e) {
            throw new InputProblem("`" + text + "` in `" + path + "` does not fit field `" + field.name() + "`",
                    "write " + field.expectation());
        }
    }

    /** Text that converts back to the value: enums by name, numbers and dates as Java writes them. */
    private static String textOf(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
