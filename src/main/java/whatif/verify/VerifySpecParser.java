package whatif.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import whatif.scenario.AxisRange;
import whatif.scenario.FieldPath;
import whatif.scenario.Scalar;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.scenario.YamlDocuments;
import whatif.scenario.YamlFileKind;
import whatif.scenario.YamlNodes;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Reads a verify file (README, "whatif verify"): {@code checks:}, each with a {@code name}, the
 * {@code scenario} file it varies (relative to the verify file), {@code vary:} axes and
 * {@code invariants:}. YAML is composed into nodes, never constructed into objects, and read by
 * the {@link YamlNodes} scenario files are read by. Every problem is reported where it is
 * written; a check with a problem is left out, the others are kept.
 */
public final class VerifySpecParser {
    private static final List<String> TOP = List.of("checks");
    private static final List<String> CHECK = List.of("name", "scenario", "scenarioName", "vary", "invariants");
    private static final List<String> INVARIANT = List.of("atMostOne", "per", "neverBoth", "on", "monotone", "along", "order");
    private static final List<String> ANY_KEY = List.of();

    private final Path file;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final YamlNodes nodes;

    private VerifySpecParser(Path file) {
        this.file = file;
        this.nodes = new YamlNodes(file, problems, YamlFileKind.VERIFY);
    }

    public static VerifySpec parse(String text, Path file) {
        return new VerifySpecParser(file).read(text);
    }

    private VerifySpec read(String text) {
        YamlDocuments composed = YamlDocuments.compose(text, file, YamlFileKind.VERIFY);
        if (composed.problem().isPresent()) {
            problems.add(composed.problem().get());
            return new VerifySpec(file, List.of(), problems);
        }
        if (composed.documents().size() > 1) {
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, nodes.spanOf(composed.documents().get(1)),
                    "a verify file holds one YAML document").withLabel("a second document starts here")
                    .withHint("put every check under one `checks:`"));
        }
        Optional<Node> root = composed.documents().stream().findFirst();
        List<Check> checks = new ArrayList<>();
        if (root.isEmpty()) {
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, Span.wholeFile(file), "the verify file is empty")
                    .withLabel("expected `checks:`").withHint("see the README's `Verifying by evaluation`"));
        }
        root.flatMap(r -> mapping(r, "the verify file", TOP))
                .flatMap(top -> required(top, "checks", root.get(), "the verify file"))
                .ifPresent(list -> nodes.sequence(list, "`checks`").forEach(node -> check(node).ifPresent(checks::add)));
        return new VerifySpec(file, checks, problems);
    }

    private Optional<Check> check(Node node) {
        int before = problems.size();
        Optional<Map<String, Node>> entries = mapping(node, "a check", CHECK);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> check = entries.get();
        Optional<String> name = required(check, "name", node, "a check").flatMap(n -> nodes.scalarText(n, "`name`"));
        Optional<Node> scenario = required(check, "scenario", node, "a check");
        Optional<String> scenarioPath = scenario.flatMap(n -> nodes.scalarText(n, "`scenario`"));
        Optional<String> scenarioName = optional(check, "scenarioName");
        List<SweepAxis> axes = required(check, "vary", node, "a check").map(this::axes).orElse(List.of());
        List<Invariant> invariants = required(check, "invariants", node, "a check")
                .map(n -> nodes.sequence(n, "`invariants`").stream().map(this::invariant).flatMap(Optional::stream).toList())
                .orElse(List.of());
        if (problems.size() > before || name.isEmpty() || scenarioPath.isEmpty()) {
            return Optional.empty();
        }
        Path scenarioFile = file.resolveSibling(scenarioPath.get()).normalize();
        return Optional.of(new Check(name.get(), nodes.spanOf(check.get("name")), scenarioFile, scenarioName,
                nodes.spanOf(scenario.get()), axes, invariants));
    }

    /** Each axis as a sweep writes it: the key {@code asOf} or {@code Type.field}, the value a range or a list. */
    private List<SweepAxis> axes(Node node) {
        List<SweepAxis> axes = new ArrayList<>();
        Optional<MappingNode> mapping = nodes.mapping(node, "`vary`");
        if (mapping.isEmpty()) {
            return axes;
        }
        for (YamlNodes.Entry entry : nodes.entries(mapping.get(), "`vary`", ANY_KEY).values()) {
            try {
                Optional<FieldPath> field = SweepSyntax.target(Scalar.of(entry.key(), entry.keySpan()));
                range(entry.value(), entry.key(), field.isEmpty()).ifPresent(r -> axes.add(new SweepAxis(field, r, entry.keySpan())));
            } catch (SweepSyntax.BadText e) {
                problems.add(e.diagnostic());
            }
        }
        return axes;
    }

    private Optional<AxisRange> range(Node node, String target, boolean isAsOf) throws SweepSyntax.BadText {
        String what = "the values of `" + target + "`";
        if (node instanceof SequenceNode) {
            List<String> values = nodes.scalars(node, what).stream().map(Scalar::text).toList();
            if (values.isEmpty()) {
                nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, nodes.spanOf(node), what + " list nothing")
                        .withLabel("expected `[A, B, C]`").withHint("list at least one value, or leave the axis out"));
                return Optional.empty();
            }
            return Optional.of(new AxisRange.Listed(values));
        }
        Optional<Scalar> range = nodes.scalar(node, what);
        return range.isEmpty() ? Optional.empty() : Optional.of(SweepSyntax.range(range.get(), isAsOf));
    }

    private Optional<Invariant> invariant(Node node) {
        Optional<Map<String, Node>> entries = mapping(node, "an invariant", INVARIANT);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> invariant = entries.get();
        Span span = nodes.spanOf(node);
        if (invariant.containsKey("atMostOne")) {
            return nodes.scalarText(invariant.get("atMostOne"), "`atMostOne`")
                    .map(type -> new AtMostOne(type, optional(invariant, "per"), span));
        }
        if (invariant.containsKey("neverBoth")) {
            List<FactSelector> pair = nodes.sequence(invariant.get("neverBoth"), "`neverBoth`").stream()
                    .map(this::selector).flatMap(Optional::stream).toList();
            if (pair.size() != 2) {
                error(DiagnosticCode.WRONG_SHAPE, invariant.get("neverBoth"), "`neverBoth` needs two facts",
                        "expected two items such as `{type: Verdict, value: PERMITTED}`");
                return Optional.empty();
            }
            return Optional.of(new NeverBoth(pair.get(0), pair.get(1), optional(invariant, "on"), span));
        }
        if (invariant.containsKey("monotone")) {
            Optional<String> observe = nodes.scalarText(invariant.get("monotone"), "`monotone`");
            Optional<String> along = required(invariant, "along", node, "a `monotone` invariant")
                    .flatMap(n -> nodes.scalarText(n, "`along`"));
            List<String> order = required(invariant, "order", node, "a `monotone` invariant")
                    .map(n -> nodes.scalars(n, "`order`").stream().map(Scalar::text).toList()).orElse(List.of());
            if (observe.isEmpty() || along.isEmpty() || order.isEmpty()) {
                return Optional.empty();
            }
            if (!observe.get().matches("[\\w$]+\\.[\\w$]+")) {
                error(DiagnosticCode.WRONG_SHAPE, invariant.get("monotone"), "`" + observe.get() + "` is not a fact's field",
                        "expected `Type.field`, such as `Verdict.value`");
                return Optional.empty();
            }
            return Optional.of(new Monotone(along.get(), observe.get(), order, span));
        }
        error(DiagnosticCode.MISSING_KEY, node, "an invariant says what it requires", "expected `atMostOne`, `neverBoth` or `monotone`");
        return Optional.empty();
    }

    private Optional<FactSelector> selector(Node node) {
        Optional<Map<String, Node>> entries = mapping(node, "a fact", ANY_KEY);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        entries.get().forEach((key, value) -> nodes.scalarText(value, "`" + key + "`").ifPresent(text -> fields.put(key, text)));
        String type = fields.remove("type");
        if (type == null) {
            if (entries.get().containsKey("type")) {
                return Optional.empty(); // `type` is there but no value: reported as such
            }
            nodes.missing(nodes.spanOf(node), "type", "a fact", "write the fact as `{type: Verdict, value: PERMITTED}`");
            return Optional.empty();
        }
        return Optional.of(new FactSelector(type, fields));
    }

    /** A mapping's entries by key, in order; keys not {@code allowed} (none: any key) are reported with the nearest known one. */
    private Optional<Map<String, Node>> mapping(Node node, String what, List<String> allowed) {
        return nodes.mapping(node, what).map(mapping -> {
            Map<String, Node> entries = new LinkedHashMap<>();
            nodes.entries(mapping, what, allowed).forEach((key, entry) -> entries.put(key, entry.value()));
            return entries;
        });
    }

    /** A required key's node, or a diagnostic at the mapping that lacks it. */
    private Optional<Node> required(Map<String, Node> entries, String key, Node owner, String what) {
        Node node = entries.get(key);
        if (node == null) {
            nodes.missing(nodes.spanOf(owner), key, what, "see the README's `Verifying by evaluation`");
        }
        return Optional.ofNullable(node);
    }

    private Optional<String> optional(Map<String, Node> entries, String key) {
        return Optional.ofNullable(entries.get(key)).flatMap(n -> nodes.scalarText(n, "`" + key + "`"));
    }

    private void error(DiagnosticCode code, Node node, String message, String label) {
        nodes.report(Diagnostic.error(code, nodes.spanOf(node), message).withLabel(label));
    }
}
