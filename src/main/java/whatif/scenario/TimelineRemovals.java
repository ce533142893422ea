package whatif.scenario;

import static whatif.scenario.ScenarioParser.TYPE_KEY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Suggestions;
import whatif.source.VisibleText;

/**
 * A variant's {@code remove:}: each item selects timeline entries by their date ({@code on}),
 * and optionally their {@code type} and field values as written; every entry it selects is
 * removed. An item that selects nothing is reported where it is written, with what there is.
 */
final class TimelineRemovals {
    private static final String WHERE = "an item of `remove`";

    private final YamlNodes nodes;
    private final ScenarioParts parts;

    TimelineRemovals(YamlNodes nodes, ScenarioParts parts) {
        this.nodes = nodes;
        this.parts = parts;
    }

    /** The timeline without the entries the items select. */
    List<Step> apply(Node list, List<Step> timeline) {
        List<Step> kept = new ArrayList<>(timeline);
        for (Node item : nodes.sequence(list, "`remove`")) {
            nodes.mapping(item, WHERE).ifPresent(mapping -> kept.removeAll(selected(mapping, timeline)));
        }
        return kept;
    }

    private List<Step> selected(MappingNode mapping, List<Step> timeline) {
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, WHERE, List.of());
        YamlNodes.Entry on = entries.get("on");
        if (on == null) {
            nodes.missing(nodes.spanOf(mapping), "on", WHERE,
                    "name the entry to remove by its date, and its type where the date has several: `{on: 2017-07-04, type: Test}`");
            return List.of();
        }
        Optional<Scalar> date = nodes.scalar(on.value(), "`on`");
        Optional<LocalDate> day = date.flatMap(s -> parts.date(s, "on"));
        Optional<Scalar> type = Optional.ofNullable(entries.get(TYPE_KEY)).flatMap(e -> nodes.scalar(e.value(), "`type`"));
        List<FieldValue> fields = parts.fields(entries, List.of("on"), false);
        if (day.isEmpty() || (entries.containsKey(TYPE_KEY) && type.isEmpty())) {
            return List.of();
        }
        List<Step> sameDay = timeline.stream().filter(s -> s.on().equals(day.get())).toList();
        if (sameDay.isEmpty()) {
            List<String> dates = timeline.stream().map(s -> s.on().toString()).distinct().sorted().toList();
            nodes.report(Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, date.get().span(),
                            "the timeline has no entry on " + day.get() + " to remove")
                    .withLabel(dates.isEmpty() ? "the scenario has no timeline" : "its entries are dated " + Suggestions.quoted(dates))
                    .withHint(Suggestions.nearest(day.get().toString(), dates).map(d -> "did you mean `" + d + "`?")
                            .orElse("name an entry by the date it is written with")));
            return List.of();
        }
        List<Step> selected = sameDay;
        if (type.isPresent()) {
            selected = sameDay.stream().filter(s -> s.fact().map(f -> f.typeName().equals(type.get().text())).orElse(false)).toList();
            if (selected.isEmpty()) {
                List<String> types = sameDay.stream().flatMap(s -> s.fact().stream()).map(FactSpec::typeName).distinct().toList();
                nodes.report(Diagnostic.error(DiagnosticCode.VARIANT_SELECTOR, type.get().span(),
                                "no timeline entry of type `" + VisibleText.of(type.get().text()) + "` on " + day.get() + " to remove")
                        .withLabel(types.isEmpty() ? "the entries of that date insert no fact"
                                : "the entries of that date are of type " + Suggestions.quoted(types))
                        .withHint(Suggestions.hint(type.get().text(), types).isEmpty()
                                ? "leave out `type:` to remove every entry of that date" : Suggestions.hint(type.get().text(), types)));
                return List.of();
            }
        }
        return new ValueSelection("no timeline entry on " + day.get(), "the entries of that date",
                "an entry is matched by its values as the scenario writes them").narrow(selected, Step::fact, fields, nodes)
                .orElse(List.of());
    }
}
