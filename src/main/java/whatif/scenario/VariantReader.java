package whatif.scenario;

import static whatif.scenario.ScenarioParser.VARIANT_KEYS;

import java.time.LocalDate;
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
 * Reads a scenario's {@code variants:} into scenarios of their own: each is the baseline with its
 * changes made (given facts' fields set, {@code asOf} moved, timeline entries added and removed)
 * and its own {@code expect:} where it has one, named {@code baseline / variant} and placed at the
 * variant's {@code name}. A variant with a problem is rejected alone: the baseline and the other
 * variants are still read.
 */
final class VariantReader {
    private final YamlNodes nodes;
    private final ScenarioParts parts;

    VariantReader(YamlNodes nodes, ScenarioParts parts) {
        this.nodes = nodes;
        this.parts = parts;
    }

    record Read(List<Scenario> scenarios, List<RejectedScenario> rejected) {
        Read {
            scenarios = List.copyOf(scenarios);
            rejected = List.copyOf(rejected);
        }
    }

    /** @param asOfWritten whether the baseline writes its {@code asOf}, rather than starting on its first timeline date */
    Read read(Node list, Scenario baseline, boolean asOfWritten) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RejectedScenario> rejected = new ArrayList<>();
        int beforeList = nodes.reported();
        List<Node> items = nodes.sequence(list, "`variants`");
        if (items.isEmpty() && nodes.reported() == beforeList) {
            // An empty list is most likely a scenario half-written: say so rather than check nothing more.
            nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, nodes.spanOf(list), "`variants` lists no variant")
                    .withLabel("expected at least one item starting with `- name:`")
                    .withHint("write each variant under it, or delete `variants:`"));
        }
        for (Node item : items) {
            int before = nodes.reported();
            Optional<MappingNode> mapping = nodes.mapping(item, "a variant");
            Optional<Scenario> variant = mapping.flatMap(m -> variant(m, baseline, asOfWritten));
            List<Diagnostic> own = nodes.since(before);
            if (variant.isPresent() && own.isEmpty()) {
                scenarios.add(variant.get());
                continue;
            }
            Optional<Scalar> name = mapping.flatMap(m -> nodes.peekScalar(m, "name")).filter(n -> !n.text().isBlank());
            rejected.add(new RejectedScenario(baseline.name() + Variant.SEPARATOR + name.map(n -> VisibleText.of(n.text())).orElse(""),
                    name.map(Scalar::span).orElse(nodes.spanOf(item)), own));
        }
        return new Read(scenarios, rejected);
    }

    private Optional<Scenario> variant(MappingNode mapping, Scenario baseline, boolean asOfWritten) {
        Span whole = nodes.spanOf(mapping);
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, "a variant", VARIANT_KEYS);
        Optional<Scalar> name = parts.name(entries, whole, "variant");
        // A misspelt `chnage:` is reported as such; that the variant then changes nothing would only repeat it.
        boolean keysReported = entries.size() < mapping.getValue().size();
        if (!keysReported && !entries.containsKey("asOf") && !entries.containsKey("change") && !entries.containsKey("add")
                && !entries.containsKey("remove")) {
            nodes.report(Diagnostic.error(DiagnosticCode.MISSING_KEY, name.map(Scalar::span).orElse(whole),
                            "the variant changes nothing")
                    .withLabel("expected `change:`, `asOf:`, `add:` or `remove:`")
                    .withHint("set fields of a given fact (`change:`), move the date (`asOf:`), or add or remove "
                            + "timeline entries (`add:`, `remove:`)"));
        }
        String description = Optional.ofNullable(entries.get("description"))
                .flatMap(e -> nodes.scalarText(e.value(), "`description`")).orElse(baseline.description());
        Optional<LocalDate> asOf = Optional.ofNullable(entries.get("asOf"))
                .flatMap(e -> nodes.scalar(e.value(), "`asOf`")).flatMap(s -> parts.date(s, "asOf"));
        List<FactSpec> given = Optional.ofNullable(entries.get("change"))
                .map(e -> new GivenChanges(nodes, parts).apply(e.value(), baseline.given())).orElse(baseline.given());
        List<Step> timeline = new ArrayList<>(Optional.ofNullable(entries.get("remove"))
                .map(e -> new TimelineRemovals(nodes, parts).apply(e.value(), baseline.timeline())).orElse(baseline.timeline()));
        Optional.ofNullable(entries.get("add")).map(e -> parts.steps(e.value(), "`add`")).ifPresent(timeline::addAll);
        Expectations expect = Optional.ofNullable(entries.get("expect"))
                .map(e -> parts.expectations(e.value(), "the `expect` of a variant")).orElse(baseline.expect());
        if (name.isEmpty() || (entries.containsKey("asOf") && asOf.isEmpty())) {
            return Optional.empty();
        }
        Optional<LocalDate> date = asOf.isPresent() || asOfWritten ? asOf.or(() -> Optional.of(baseline.asOf()))
                : timeline.stream().map(Step::on).min(LocalDate::compareTo);
        if (date.isEmpty()) {
            nodes.report(Diagnostic.error(DiagnosticCode.MISSING_KEY, name.get().span(), "the variant leaves no date to start on")
                    .withLabel("its scenario has no `asOf`, and the variant removes every timeline entry")
                    .withHint("give the variant an `asOf:`, or keep a timeline entry"));
            return Optional.empty();
        }
        Variant variant = new Variant(baseline.name(), name.get().text());
        return Optional.of(new Scenario(variant.fullName(), description, name.get().span(), date.get(), given, timeline,
                expect, Optional.of(variant)));
    }
}
