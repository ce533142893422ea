package whatif.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import whatif.source.Span;

/**
 * Writes a scenario in Java, for tests that vary one value at a time. Values are what a scenario
 * file would hold: {@code 4}, {@code "DVD"} or an enum constant, a {@link LocalDate}, and in
 * expectations a comparison such as {@code "< 600"}. They are checked against the rule book when
 * the scenario runs, as a file's are. Each part points at the line of Java that wrote it
 * ({@code FinesTest.java:42}), so a diagnostic says which call to fix.
 * <pre>
 * Scenario late = ScenarioBuilder.named("a book four days late").asOf(LocalDate.of(2024, 3, 1))
 *     .given("Loan", Map.of("item", "Dune", "kind", "BOOK", "daysLate", 4))
 *     .expectFact("Fine", Map.of("amount", 2))
 *     .expectFired("late book")
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
    private final List<FieldValue> counts = new ArrayList<>();
    private final List<Scalar> fired = new ArrayList<>();
    private final List<Scalar> notFired = new ArrayList<>();

    private ScenarioBuilder(String name, Span span) {
        this.name = Objects.requireNonNull(name, "name");
        this.span = span;
    }

    public static ScenarioBuilder named(String name) {
        return new ScenarioBuilder(name, callSite());
    }

    public ScenarioBuilder asOf(LocalDate date) {
        this.asOf = Objects.requireNonNull(date, "date");
        return this;
    }

    public ScenarioBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** A fact that holds from {@code asOf}. */
    public ScenarioBuilder given(String type, Map<String, ?> fields) {
        given.add(fact(type, fields, callSite()));
        return this;
    }

    /** An event of the timeline, inserted on {@code date}. */
    public ScenarioBuilder on(LocalDate date, String type, Map<String, ?> fields) {
        Span at = callSite();
        timeline.add(new Step(date, at, Optional.of(fact(type, fields, at)), Expectations.none(at)));
        return this;
    }

    /** At the end, a fact of the type holds all of these (values or comparisons). */
    public ScenarioBuilder expectFact(String type, Map<String, ?> fields) {
        facts.add(fact(type, fields, callSite()));
        return this;
    }

    /** At the end, no fact of the type holds all of these. */
    public ScenarioBuilder expectNoFact(String type, Map<String, ?> fields) {
        noFacts.add(fact(type, fields, callSite()));
        return this;
    }

    /** At the end, the number of facts of the type: {@code 2}, or a comparison such as {@code ">= 1"}. */
    public ScenarioBuilder expectCount(String type, Object count) {
        Span at = callSite();
        counts.add(new FieldValue(type, at, scalar(count, at)));
        return this;
    }

    public ScenarioBuilder expectFired(String... rules) {
        Span at = callSite();
        for (String rule : rules) {
            fired.add(Scalar.of(rule, at));
        }
        return this;
    }

    public ScenarioBuilder expectNotFired(String... rules) {
        Span at = callSite();
        for (String rule : rules) {
            notFired.add(Scalar.of(rule, at));
        }
        return this;
    }

    /**
     * @throws IllegalStateException when neither {@code asOf} nor a timeline date says when the scenario starts
     */
    public Scenario build() {
        LocalDate date = asOf != null ? asOf
                : timeline.stream().map(Step::on).min(LocalDate::compareTo)
                        .orElseThrow(() -> new IllegalStateException("scenario `" + name + "` needs asOf(...) or a timeline"));
        Expectations expect = new Expectations(facts, noFacts, counts, fired, notFired, span);
        return new Scenario(name, description, span, date, given, timeline, expect);
    }

    private static FactSpec fact(String type, Map<String, ?> fields, Span at) {
        List<FieldValue> values = new ArrayList<>();
        // Map.of has no order: sort it, so that the same scenario reads the same every time.
        boolean ordered = fields instanceof LinkedHashMap || fields instanceof SortedMap;
        List<String> names = ordered ? List.copyOf(fields.keySet()) : fields.keySet().stream().sorted().toList();
        for (String field : names) {
            values.add(new FieldValue(field, at, scalar(fields.get(field), at)));
        }
        return new FactSpec(Scalar.of(type, at), values, at);
    }

    /** As a YAML value would read: text stays text (even "null"), a Java null is null. */
    private static Scalar scalar(Object value, Span at) {
        if (value == null) {
            return Scalar.of("null", at);
        }
        if (value instanceof String text) {
            return new Scalar(text, false, at);
        }
        if (value instanceof Enum<?> constant) {
            return Scalar.of(constant.name(), at);
        }
        return Scalar.of(value instanceof BigDecimal d ? d.toPlainString() : value.toString(), at);
    }

    /** The line of Java that called the builder; the builder's own frames are skipped. */
    private static Span callSite() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(ScenarioBuilder.class.getName()))
                .findFirst()
                .map(f -> f.getFileName() != null && f.getLineNumber() >= 1
                        ? Span.at(Path.of(f.getFileName()), f.getLineNumber(), 1)
                        : Span.at(Path.of(simpleName(f.getClassName()) + ".java"), 1, 1))
                .orElse(Span.at(Path.of("ScenarioBuilder.java"), 1, 1)));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
