package whatif.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.source.Span;

/**
 * Writes a scenario in Java, for tests that vary one value at a time. Values are given as the
 * text a scenario file would hold ({@code 800}, {@code "BALLISTIC"}, {@code "< 600"}); they are
 * checked against the rule book when the scenario runs, as a file's would be. Places point at
 * {@code <java:NAME>} since there is no file.
 * <pre>
 * Scenario s = ScenarioBuilder.named("one ton").asOf(LocalDate.of(2017, 8, 7))
 *     .given("ProposedMissile", Map.of("kind", "BALLISTIC", "payloadKg", 1000))
 *     .expectFact("Violation", Map.of("limit", "PAYLOAD"))
 *     .build();
 * </pre>
 */
public final class ScenarioBuilder {
    private final String name;
    private final Span span;
    private LocalDate asOf;
    private String description = "";
    private final List<FactSpec> given = new ArrayList<>();
    private final List<Step> timeline = new ArrayList<>();
    private final List<FactSpec> facts = new ArrayList<>();
    private final List<FactSpec> noFacts = new ArrayList<>();
    private final List<Scalar> fired = new ArrayList<>();
    private final List<Scalar> notFired = new ArrayList<>();

    private ScenarioBuilder(String name) {
        this.name = name;
        this.span = Span.at(Path.of("<java:" + name + ">"), 1, 1);
    }

    public static ScenarioBuilder named(String name) {
        return new ScenarioBuilder(name);
    }

    public ScenarioBuilder asOf(LocalDate date) {
        this.asOf = date;
        return this;
    }

    public ScenarioBuilder description(String text) {
        this.description = text;
        return this;
    }

    public ScenarioBuilder given(String type, Map<String, ?> fields) {
        given.add(fact(type, fields));
        return this;
    }

    /** An event of the timeline, inserted on {@code on}. */
    public ScenarioBuilder on(LocalDate on, String type, Map<String, ?> fields) {
        timeline.add(new Step(on, span, Optional.of(fact(type, fields)), Expectations.none(span)));
        return this;
    }

    public ScenarioBuilder expectFact(String type, Map<String, ?> fields) {
        facts.add(fact(type, fields));
        return this;
    }

    public ScenarioBuilder expectNoFact(String type, Map<String, ?> fields) {
        noFacts.add(fact(type, fields));
        return this;
    }

    public ScenarioBuilder expectFired(String rule) {
        fired.add(Scalar.of(rule, span));
        return this;
    }

    public ScenarioBuilder expectNotFired(String rule) {
        notFired.add(Scalar.of(rule, span));
        return this;
    }

    public Scenario build() {
        LocalDate date = asOf != null ? asOf
                : timeline.stream().map(Step::on).min(LocalDate::compareTo)
                        .orElseThrow(() -> new IllegalStateException("scenario `" + name + "` needs asOf(...) or a timeline"));
        Expectations expect = new Expectations(facts, noFacts, List.of(), fired, notFired, span);
        return new Scenario(name, description, span, date, given, timeline, expect);
    }

    private FactSpec fact(String type, Map<String, ?> fields) {
        List<FieldValue> values = new ArrayList<>();
        // Sorted, so that a Map.of() gives the same scenario every time.
        fields.keySet().stream().sorted().forEach(field ->
                values.add(new FieldValue(field, span, Scalar.of(String.valueOf(fields.get(field)), span))));
        return new FactSpec(Scalar.of(type, span), values, span);
    }
}
