package whatif.scenario;

import static whatif.scenario.ScenarioParser.FILE_KEYS;
import static whatif.scenario.ScenarioParser.SCENARIO_KEYS;

import java.time.LocalDate;
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
    private final ScenarioParts parts;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<RejectedScenario> rejected = new ArrayList<>();

    ScenarioReader(YamlNodes nodes) {
        this.nodes = nodes;
        this.parts = new ScenarioParts(nodes);
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
     * wrongly. It is kept with its own problems, so that a report counts it. Its variants are read
     * only when it is: each is the scenario with a change, so none can be read without it.
     */
    private void scenario(MappingNode mapping) {
        int before = nodes.reported();
        Optional<Scenario> scenario = readScenario(mapping);
        List<Diagnostic> own = nodes.since(before);
        if (scenario.isPresent() && own.isEmpty()) {
            scenarios.add(scenario.get());
            variants(mapping, scenario.get());
            return;
        }
        Optional<Scalar> name = nodes.peekScalar(mapping, "name").filter(n -> !n.text().isBlank());
        rejected.add(new RejectedScenario(name.map(n -> VisibleText.of(n.text())).orElse(""),
                name.map(Scalar::span).orElse(nodes.spanOf(mapping)), own));
    }

    private Optional<Scenario> readScenario(MappingNode mapping) {
        Span whole = nodes.spanOf(mapping);
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping, "a scenario", SCENARIO_KEYS);
        Optional<Scalar> name = parts.name(entries, whole, "scenario");
        String description = Optional.ofNullable(entries.get("description"))
                .flatMap(e -> nodes.scalarText(e.value(), "`description`")).orElse("");
        List<FactSpec> given = Optional.ofNullable(entries.get("given"))
                .map(e -> parts.facts(e.value(), "`given`")).orElse(List.of());
        int beforeTimeline = nodes.reported();
        List<Step> timeline = Optional.ofNullable(entries.get("timeline"))
                .map(e -> parts.steps(e.value(), "`timeline`")).orElse(List.of());
        boolean timelineHasProblems = nodes.reported() > beforeTimeline;
        Expectations expect = Optional.ofNullable(entries.get("expect"))
                .map(e -> parts.expectations(e.value(), "`expect`")).orElse(Expectations.none(whole));
        Optional<LocalDate> asOf = Optional.ofNullable(entries.get("asOf"))
                .flatMap(e -> nodes.scalar(e.value(), "`asOf`")).flatMap(s -> parts.date(s, "asOf"));
        if (!entries.containsKey("asOf")) {
            asOf = given.isEmpty() ? timeline.stream().map(Step::on).min(LocalDate::compareTo) : Optional.empty();
            // Timeline entries reported already explain why there is no date: do not say it twice.
            if (asOf.isEmpty() && !(given.isEmpty() && timelineHasProblems)) {
                nodes.missing(whole, "asOf", "a scenario", "write the date the `given` facts hold on, as `asOf: 2017-08-07`");
            }
        }
        Optional<SweepDeclaration> sweep = Optional.ofNullable(entries.get("sweep")).flatMap(e -> new SweepReader(nodes).read(e));
        if (name.isEmpty() || asOf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.get().text(), description, name.get().span(), asOf.get(), given, timeline, expect,
                Optional.empty(), sweep));
    }

    /** The variants of a scenario that could be read; each variant with a problem is rejected alone. */
    private void variants(MappingNode mapping, Scenario baseline) {
        Optional<Node> list = nodes.peekValue(mapping, "variants");
        if (list.isEmpty()) {
            return;
        }
        // Without a written `asOf`, a scenario starts on its first timeline date, and so does each variant.
        boolean asOfWritten = nodes.peekValue(mapping, "asOf").isPresent();
        VariantReader.Read read = new VariantReader(nodes, parts).read(list.get(), baseline, asOfWritten);
        scenarios.addAll(read.scenarios());
        rejected.addAll(read.rejected());
    }
}
