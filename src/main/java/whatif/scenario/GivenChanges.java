package whatif.scenario;

import static whatif.scenario.ScenarioParser.CHANGE_KEYS;
import static whatif.scenario.ScenarioParser.TYPE_KEY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Suggestions;
import whatif.source.VisibleText;

/**
 * A variant's {@code change:}: each item selects one given fact by its {@code type} and, where
 * there are several, by the values {@code where} lists, and sets the fields {@code set} lists. A
 * selection that finds no fact, or more than one, is reported where it is written, with what there is.
 */
final class GivenChanges {
    private static final String WHERE = "an item of `change`";

    private final YamlNodes nodes;
    private final ScenarioParts parts;

    GivenChanges(YamlNodes nodes, ScenarioParts parts) {
        this.nodes = nodes;
        this.parts = parts;
    }

    /** The given facts with every change made; a change that cannot be made is reported and left out. */
    List<FactSpec> apply(Node list, List<FactSpec> given) {
        List<FactSpec> changed = new ArrayList<>(given);
        for (Node item : nodes.sequence(list, "`change`")) {
            nodes.mapping(item, WHERE).ifPresent(mapping -> change(mapping, changed));
        }
        return changed;
    }

    private void change(MappingNode mapping, List<FactSpec> given) {
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, WHERE, CHANGE_KEYS);
        if (!entries.containsKey(TYPE_KEY)) {
            nodes.missing(nodes.spanOf(mapping), TYPE_KEY, WHERE, "name the type of the given fact to change: `type: Trip`");
        }
        if (!entries.containsKey("set")) {
            nodes.missing(nodes.spanOf(mapping), "set", WHERE, "write the fields to change with their new values: `set: {speedKmh: 60}`");
        }
        Optional<Scalar> type = Optional.ofNullable(entries.get(TYPE_KEY)).flatMap(e -> nodes.scalar(e.value(), "`type`"));
        List<FieldValue> where = Optional.ofNullable(entries.get("where")).map(e -> values(e, "`where`")).orElse(List.of());
        List<FieldValue> set = Optional.ofNullable(entries.get("set")).map(e -> values(e, "`set`")).orElse(List.of());
        if (type.isEmpty() || set.isEmpty()) {
            return;
        }
        select(type.get(), where, given).ifPresent(index -> given.set(index, withValues(given.get(index), set)));
    }

    /** {@code field: value} lines under {@code where:} or {@code set:}; {@code set:} must name at least one. */
    private List<FieldValue> values(YamlNodes.Entry entry, String what) {
        Optional<MappingNode> mapping = nodes.mapping(entry.value(), what);
        if (mapping.isEmpty()) {
            return List.of();
        }
        List<FieldValue> values = parts.fields(nodes.entries(mapping.get(), what, List.of()), List.of(), true);
        if (values.isEmpty() && entry.key().equals("set") && mapping.get().getValue().isEmpty()) {
            nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, entry.keySpan(), "`set` changes no field")
                    .withLabel("expected `field: value` lines")
                    .withHint("write the fields to change with their new values: `set: {speedKmh: 60}`"));
        }
        return values;
    }

    /** The index of the one given fact the change selects, or nothing, with the reason reported. */
    private Optional<Integer> select(Scalar type, List<FieldValue> where, List<FactSpec> given) {
        List<Integer> selected = IntStream.range(0, given.size())
                .filter(i -> given.get(i).typeName().equals(type.text())).boxed().toList();
        if (selected.isEmpty()) {
            List<String> types = given.stream().map(FactSpec::typeName).distinct().toList();
            nodes.report(Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, type.span(),
                            "no given fact of type `" + VisibleText.of(type.text()) + "` to change")
                    .withLabel(types.isEmpty() ? "the scenario gives no facts" : "the given facts are of type " + Suggestions.quoted(types))
                    .withHint(Suggestions.nearest(type.text(), types).map(t -> "did you mean `" + t + "`?")
                            .orElse("a variant changes the scenario's given facts; to add one, add a timeline entry (`add:`)")));
            return Optional.empty();
        }
        String typeText = VisibleText.of(type.text());
        Optional<List<Integer>> narrowed = new ValueSelection("no given `" + typeText + "`", "the given `" + typeText + "` facts",
                "`where:` matches a value as the scenario writes it").narrow(selected, i -> Optional.of(given.get(i)), where, nodes);
        if (narrowed.isEmpty()) {
            return Optional.empty();
        }
        selected = narrowed.get();
        if (selected.size() > 1) {
            List<FactSpec> facts = selected.stream().map(given::get).toList();
            nodes.report(Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, type.span(),
                            "this change selects " + facts.size() + " given `" + VisibleText.of(type.text()) + "` facts")
                    .withLabel("expected one; they are written at lines "
                            + String.join(", ", facts.stream().map(f -> String.valueOf(f.span().line())).toList()))
                    .withHint(tellApart(facts)));
            return Optional.empty();
        }
        return Optional.of(selected.get(0));
    }

    /** How to tell the facts apart: the first field, {@code id} first, that they all write with different values. */
    private static String tellApart(List<FactSpec> facts) {
        List<String> names = new ArrayList<>(facts.get(0).fields().stream().map(FieldValue::name).toList());
        names.sort((a, b) -> Boolean.compare(!a.equals("id"), !b.equals("id")));
        for (String name : names) {
            List<String> values = facts.stream().map(f -> f.field(name).map(v -> v.value().text()).orElse(null)).toList();
            if (!values.contains(null) && values.stream().distinct().count() == values.size()) {
                return "tell them apart with `where:`, as `where: {" + VisibleText.of(name) + ": " + VisibleText.of(values.get(0)) + "}`";
            }
        }
        return "tell them apart with `where:` and a field whose values differ, such as an `id`";
    }

    /** The fact with each field of {@code set} replaced, in its place, or added at the end. */
    static FactSpec withValues(FactSpec fact, List<FieldValue> set) {
        List<FieldValue> fields = new ArrayList<>(fact.fields());
        for (FieldValue value : set) {
            int at = IntStream.range(0, fields.size()).filter(i -> fields.get(i).name().equals(value.name())).findFirst().orElse(-1);
            if (at >= 0) {
                fields.set(at, value);
            } else {
                fields.add(value);
            }
        }
        return new FactSpec(fact.type(), fields, fact.span());
    }
}
