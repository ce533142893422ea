package whatif.scenario;

import static whatif.scenario.ScenarioParser.EXPECT_KEYS;
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
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.VisibleText;

/**
 * Reads the parts that scenarios and their variants share: names, facts, timeline entries,
 * expectations and dates, each problem reported at its place.
 */
final class ScenarioParts {
    private final YamlNodes nodes;

    ScenarioParts(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * The {@code name} of a scenario or variant ({@code what}): present, not blank, on one line.
     *
     * @param whole where the scenario or variant starts, for a missing name
     */
    Optional<Scalar> name(Map<String, YamlNodes.Entry> entries, Span whole, String what) {
        String hint = "give each " + what + " a `name:` that says what it asks";
        Optional<Scalar> name = Optional.ofNullable(entries.get("name")).flatMap(e -> nodes.scalar(e.value(), "`name`"));
        if (name.isEmpty() && !entries.containsKey("name")) {
            nodes.missing(whole, "name", "a " + what, hint);
        }
        if (name.isPresent() && name.get().text().isBlank()) {
            // A blank name cannot identify the scenario in a report or a test.
            nodes.report(Diagnostic.error(DiagnosticCode.MISSING_KEY, entries.get("name").keySpan(), "the " + what + "'s `name` is empty")
                    .withLabel("expected text that says what the " + what + " asks")
                    .withHint(hint));
            return Optional.empty();
        }
        if (name.isPresent() && name.get().text().chars().anyMatch(Character::isISOControl)) {
            // A report line, a test's name, an XML report: a name is shown where a control character breaks it.
            nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, name.get().span(),
                            "the " + what + "'s `name` holds a control character: `" + VisibleText.of(name.get().text()) + "`")
                    .withLabel("expected one line of text")
                    .withHint("write the name on one line, without tabs or escapes such as `\\t`"));
            return Optional.empty();
        }
        return name;
    }

    List<FactSpec> facts(Node node, String where) {
        List<FactSpec> out = new ArrayList<>();
        for (Node item : nodes.sequence(node, where)) {
            nodes.mapping(item, "an item of " + where).flatMap(m -> fact(m, "an item of " + where, List.of()))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A {@code type:} and field values; {@code reserved} keys belong to the enclosing entry. */
    Optional<FactSpec> fact(MappingNode mapping, String where, List<String> reserved) {
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, where, List.of());
        YamlNodes.Entry type = entries.get(TYPE_KEY);
        if (type == null) {
            nodes.missing(nodes.spanOf(mapping), TYPE_KEY, where, "name the fact's type, as declared in the rules: `type: Violation`");
            return Optional.empty();
        }
        List<FieldValue> fields = fields(entries, reserved, false);
        return nodes.scalar(type.value(), "`type`").map(t -> new FactSpec(t, fields, nodes.spanOf(mapping)));
    }

    /**
     * {@code field: value} entries, each value a single one; {@code reserved} keys are left out, and
     * {@code type} too unless {@code typeIsAField} (in {@code where:} and {@code set:}, every key is a field).
     */
    List<FieldValue> fields(Map<String, YamlNodes.Entry> entries, List<String> reserved, boolean typeIsAField) {
        List<FieldValue> fields = new ArrayList<>();
        for (YamlNodes.Entry entry : entries.values()) {
            if ((entry.key().equals(TYPE_KEY) && !typeIsAField) || reserved.contains(entry.key())) {
                continue;
            }
            nodes.scalar(entry.value(), "field `" + entry.key() + "`")
                    .ifPresent(value -> fields.add(new FieldValue(entry.key(), entry.keySpan(), value)));
        }
        return fields;
    }

    /** Timeline entries, as under {@code timeline:} ({@code where} names the list, as {@code `timeline`}). */
    List<Step> steps(Node node, String where) {
        List<Step> out = new ArrayList<>();
        for (Node item : nodes.sequence(node, where)) {
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

    Expectations expectations(Node node, String where) {
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

    /** The date under {@code key}, whose value is {@code scalar}. */
    Optional<LocalDate> date(Scalar scalar, String key) {
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
