package whatif.scenario;

import static whatif.scenario.ScenarioParser.EXPECT_KEYS;
import static whatif.scenario.ScenarioParser.FILE_KEYS;
import static whatif.scenario.ScenarioParser.SCENARIO_KEYS;
import static whatif.scenario.ScenarioParser.STEP_KEYS;
import static whatif.scenario.ScenarioParser.TYPE_KEY;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.VisibleText;

/**
 * Walks one file's node tree: each scenario it holds is read, or rejected with its own problems.
 */
final class ScenarioReader {
    private final YamlNodes nodes;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<RejectedScenario> rejected = new ArrayList<>();

    ScenarioReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    List<RejectedScenario> rejected() {
        return List.copyOf(rejected);
    }

    void read(Node root) {
        int before = nodes.reported();
        Optional<MappingNode> mapping = nodes.mapping(root, "a scenario file");
        if (mapping.isEmpty()) {
            // A file holds one scenario unless it says `scenarios:`; this one is there, unreadable.
            rejected.add(new RejectedScenario("", nodes.spanOf(root), nodes.since(before)));
            return;
        }
        // Looked at without reporting: the keys are checked, and reported once, below.
        boolean isList = mapping.get().getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("scenarios"));
        if (!isList) {
            scenario(mapping.get());
            return;
        }
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping.get(), "a file of several scenarios", FILE_KEYS);
        YamlNodes.Entry list = entries.get("scenarios");
        if (list == null) {
            return;
        }
        before = nodes.reported();
        List<Node> items = nodes.sequence(list.value(), "`scenarios`");
        if (items.isEmpty() && nodes.reported() == before) {
            // An empty list would make the file silently check nothing.
            nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, list.keySpan(), "`scenarios` lists no scenario")
                    .withLabel("expected at least one item starting with `- name:`")
                    .withHint("write the scenarios under it, or delete the file"));
        }
        for (Node item : items) {
            int beforeItem = nodes.reported();
            nodes.mapping(item, "a scenario").ifPresentOrElse(this::scenario,
                    () -> rejected.add(new RejectedScenario("", nodes.spanOf(item), nodes.since(beforeItem))));
        }
    }

    /**
     * A scenario with a problem anywhere inside it is rejected: run half-read, it could pass
     * wrongly. It is kept with its own problems, so that a report counts it.
     */
    private void scenario(MappingNode mapping) {
        int before = nodes.reported();
        Optional<Scenario> scenario = readScenario(mapping);
        List<Diagnostic> own = nodes.since(before);
        if (scenario.isPresent() && own.isEmpty()) {
            scenarios.add(scenario.get());
            return;
        }
        Optional<Scalar> name = nodes.peekScalar(mapping, "name").filter(n -> !n.text().isBlank());
        rejected.add(new RejectedScenario(name.map(n -> VisibleText.of(n.text())).orElse(""),
                name.map(Scalar::span).orElse(nodes.spanOf(mapping)), own));
    }

    private Optional<Scenario> readScenario(MappingNode mapping) {
        Span whole = nodes.spanOf(mapping);
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, "a scenario", SCENARIO_KEYS);
        Optional<Scalar> name = Optional.ofNullable(entries.get("name")).flatMap(e -> nodes.scalar(e.value(), "`name`"));
        if (name.isEmpty() && !entries.containsKey("name")) {
            nodes.missing(whole, "name", "a scenario", "give each scenario a `name:` that says what it asks");
        }
        if (name.isPresent() && name.get().text().isBlank()) {
            // A blank name cannot identify the scenario in a report or a test.
            nodes.report(Diagnostic.error(DiagnosticCode.MISSING_KEY, entries.get("name").keySpan(), "the scenario's `name` is empty")
                    .withLabel("expected text that says what the scenario asks")
                    .withHint("give each scenario a `name:` that says what it asks"));
            name = Optional.empty();
        }
        if (name.isPresent() && name.get().text().chars().anyMatch(Character::isISOControl)) {
            // A report line, a test's name, an XML report: a name is shown where a control character breaks it.
            nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, name.get().span(),
                            "the scenario's `name` holds a control character: `" + VisibleText.of(name.get().text()) + "`")
                    .withLabel("expected one line of text")
                    .withHint("write the name on one line, without tabs or escapes such as `\\t`"));
            name = Optional.empty();
        }
        String description = Optional.ofNullable(entries.get("description"))
                .flatMap(e -> nodes.scalarText(e.value(), "`description`")).orElse("");
        List<FactSpec> given = Optional.ofNullable(entries.get("given"))
                .map(e -> facts(e.value(), "`given`")).orElse(List.of());
        int beforeTimeline = nodes.reported();
        List<Step> timeline = Optional.ofNullable(entries.get("timeline"))
                .map(e -> steps(e.value())).orElse(List.of());
        boolean timelineHasProblems = nodes.reported() > beforeTimeline;
        Expectations expect = Optional.ofNullable(entries.get("expect"))
                .map(e -> expectations(e.value(), "`expect`")).orElse(Expectations.none(whole));
        Optional<LocalDate> asOf = Optional.ofNullable(entries.get("asOf"))
                .flatMap(e -> nodes.scalar(e.value(), "`asOf`")).flatMap(s -> date(s, "asOf"));
        if (!entries.containsKey("asOf")) {
            asOf = given.isEmpty() ? timeline.stream().map(Step::on).min(LocalDate::compareTo) : Optional.empty();
            // Timeline entries reported already explain why there is no date: do not say it twice.
            if (asOf.isEmpty() && !(given.isEmpty() && timelineHasProblems)) {
                nodes.missing(whole, "asOf", "a scenario", "write the date the `given` facts hold on, as `asOf: 2017-08-07`");
            }
        }
        if (name.isEmpty() || asOf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.get().text(), description, name.get().span(), asOf.get(), given, timeline, expect));
    }

    private List<FactSpec> facts(Node node, String where) {
        List<FactSpec> out = new ArrayList<>();
        for (Node item : nodes.sequence(node, where)) {
            nodes.mapping(item, "an item of " + where).flatMap(m -> fact(m, "an item of " + where, List.of()))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A {@code type:} and field values; {@code reserved} keys belong to the enclosing entry. */
    private Optional<FactSpec> fact(MappingNode mapping, String where, List<String> reserved) {
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, where, List.of());
        YamlNodes.Entry type = entries.get(TYPE_KEY);
        if (type == null) {
            nodes.missing(nodes.spanOf(mapping), TYPE_KEY, where, "name the fact's type, as declared in the rules: `type: Violation`");
            return Optional.empty();
        }
        List<FieldValue> fields = new ArrayList<>();
        for (YamlNodes.Entry entry : entries.values()) {
            if (entry.key().equals(TYPE_KEY) || reserved.contains(entry.key())) {
                continue;
            }
            nodes.scalar(entry.value(), "field `" + entry.key() + "`")
                    .ifPresent(value -> fields.add(new FieldValue(entry.key(), entry.keySpan(), value)));
        }
        return nodes.scalar(type.value(), "`type`").map(t -> new FactSpec(t, fields, nodes.spanOf(mapping)));
    }

    private List<Step> steps(Node node) {
        List<Step> out = new ArrayList<>();
        for (Node item : nodes.sequence(node, "`timeline`")) {
            nodes.mapping(item, "a timeline entry").flatMap(this::step).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Step> step(MappingNode mapping) {
        Span span = nodes.spanOf(mapping);
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, "a timeline entry", List.of());
        YamlNodes.Entry on = entries.get("on");
        if (on == null) {
            nodes.missing(span, "on", "a timeline entry", "date each entry: `on: 2017-07-04`");
            return Optional.empty();
        }
        Optional<LocalDate> date = nodes.scalar(on.value(), "`on`").flatMap(s -> date(s, "on"));
        if (!entries.containsKey(TYPE_KEY)) {
            // Without a fact, every key must be one of the entry's own.
            nodes.entries(mapping, "a timeline entry without `type`", STEP_KEYS);
        }
        Optional<FactSpec> fact = entries.containsKey(TYPE_KEY)
                ? fact(mapping, "a timeline entry", List.of("on", "expect"))
                : Optional.empty();
        Expectations expect = Optional.ofNullable(entries.get("expect"))
                .map(e -> expectations(e.value(), "the `expect` of a timeline entry")).orElse(Expectations.none(span));
        if (!entries.containsKey(TYPE_KEY) && !entries.containsKey("expect")) {
            nodes.report(Diagnostic.error(DiagnosticCode.MISSING_KEY, span, "a timeline entry needs a `type:` or an `expect:`")
                    .withLabel("this entry has only a date")
                    .withHint("an entry inserts an event (`type:` and its fields), checks expectations (`expect:`), or both"));
            return Optional.empty();
        }
        return date.map(d -> new Step(d, span, fact, expect));
    }

    private Expectations expectations(Node node, String where) {
        Optional<MappingNode> mapping = nodes.mapping(node, where);
        if (mapping.isEmpty()) {
            return Expectations.none(nodes.spanOf(node));
        }
        Map<String, YamlNodes.Entry> e = nodes.entries(mapping.get(), where, EXPECT_KEYS);
        return new Expectations(
                Optional.ofNullable(e.get("facts")).map(x -> facts(x.value(), "`facts`")).orElse(List.of()),
                Optional.ofNullable(e.get("noFacts")).map(x -> facts(x.value(), "`noFacts`")).orElse(List.of()),
                Optional.ofNullable(e.get("counts")).map(x -> counts(x.value())).orElse(List.of()),
                Optional.ofNullable(e.get("fired")).map(x -> nodes.scalars(x.value(), "`fired`")).orElse(List.of()),
                Optional.ofNullable(e.get("notFired")).map(x -> nodes.scalars(x.value(), "`notFired`")).orElse(List.of()),
                nodes.spanOf(mapping.get()));
    }

    private List<FieldValue> counts(Node node) {
        List<FieldValue> out = new ArrayList<>();
        nodes.mapping(node, "`counts`").ifPresent(m -> nodes.entries(m, "`counts`", List.of()).values().forEach(entry ->
                nodes.scalar(entry.value(), "the count of `" + entry.key() + "`")
                        .ifPresent(v -> out.add(new FieldValue(entry.key(), entry.keySpan(), v)))));
        return out;
    }

    private Optional<LocalDate> date(Scalar scalar, String key) {
        try {
            return Optional.of(LocalDate.parse(scalar.text().strip()));
        } catch (DateTimeParseException e) {
            String message = scalar.text().isBlank() ? "`" + key + "` has no date" : "`" + VisibleText.of(scalar.text()) + "` is not a date";
            nodes.report(Diagnostic.error(DiagnosticCode.BAD_DATE, scalar.span(), message)
                    .withLabel("expected a date as YYYY-MM-DD")
                    .withHint("write the day too, as `2017-08-07`; where only the month is known, pick a day and say so in `description`"));
            return Optional.empty();
        }
    }
}
