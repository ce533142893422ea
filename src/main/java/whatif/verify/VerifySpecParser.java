package whatif.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import whatif.scenario.AxisRange;
import whatif.scenario.FieldPath;
import whatif.scenario.Scalar;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.scenario.YamlDocuments;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Reads a verify file (README, "whatif verify"): {@code checks:}, each with a {@code name}, the
 * {@code scenario} file it varies (relative to the verify file), {@code vary:} axes and
 * {@code invariants:}. YAML is composed into nodes, never constructed into objects. Every problem
 * is reported where it is written; a check with a problem is left out, the others are kept.
 */
public final class VerifySpecParser {
    private static final List<String> TOP = List.of("checks");
    private static final List<String> CHECK = List.of("name", "scenario", "scenarioName", "vary", "invariants");
    private static final List<String> INVARIANT = List.of("atMostOne", "per", "neverBoth", "on", "monotone", "along", "order");

    private final Path file;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final SpecNodes nodes;

    private VerifySpecParser(Path file) {
        this.file = file;
        this.nodes = new SpecNodes(file, problems);
    }

    public static VerifySpec parse(String text, Path file) {
        return new VerifySpecParser(file).read(text);
    }

    private VerifySpec read(String text) {
        YamlDocuments composed = YamlDocuments.compose(text, file);
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
                    .withLabel("expected `checks:`").withHint("see the README's `whatif verify`"));
        }
        root.flatMap(r -> nodes.mapping(r, "the verify file", TOP))
                .flatMap(top -> nodes.required(top, "checks", root.get(), "the verify file"))
                .ifPresent(list -> nodes.sequence(list, "`checks`").forEach(node -> check(node).ifPresent(checks::add)));
        return new VerifySpec(file, checks, problems);
    }

    private Optional<Check> check(Node node) {
        int before = problems.size();
        Optional<Map<String, Node>> entries = nodes.mapping(node, "a check", CHECK);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> check = entries.get();
        Optional<String> name = nodes.required(check, "name", node, "a check").flatMap(n -> nodes.scalar(n, "`name`"));
        Optional<Node> scenario = nodes.required(check, "scenario", node, "a check");
        Optional<String> scenarioPath = scenario.flatMap(n -> nodes.scalar(n, "`scenario`"));
        Optional<String> scenarioName = Optional.ofNullable(check.get("scenarioName")).flatMap(n -> nodes.scalar(n, "`scenarioName`"));
        List<SweepAxis> axes = nodes.required(check, "vary", node, "a check").map(this::axes).orElse(List.of());
        List<Invariant> invariants = nodes.required(check, "invariants", node, "a check")
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
        if (!(node instanceof MappingNode mapping)) {
            nodes.error(DiagnosticCode.WRONG_SHAPE, node, "`vary` is not a mapping", "expected `Type.field: FROM..TO:STEP` or `asOf: ...`",
                    "");
            return axes;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> target = nodes.scalar(tuple.getKeyNode(), "an axis");
            if (target.isEmpty()) {
                continue;
            }
            Span span = nodes.spanOf(tuple.getKeyNode());
            try {
                Optional<FieldPath> field = SweepSyntax.target(Scalar.of(target.get(), span));
                Optional<AxisRange> range = range(tuple.getValueNode(), target.get(), field.isEmpty());
                range.ifPresent(r -> axes.add(new SweepAxis(field, r, span)));
            } catch (SweepSyntax.BadText e) {
                problems.add(e.diagnostic());
            }
        }
        return axes;
    }

    private Optional<AxisRange> range(Node node, String target, boolean isAsOf) throws SweepSyntax.BadText {
        if (node instanceof SequenceNode) {
            List<String> values = nodes.scalars(node, "`" + target + "`");
            if (values.isEmpty()) {
                nodes.error(DiagnosticCode.WRONG_SHAPE, node, "`" + target + "` lists no values", "expected `[A, B, C]`", "");
                return Optional.empty();
            }
            return Optional.of(new AxisRange.Listed(values));
        }
        Optional<String> text = nodes.scalar(node, "`" + target + "`");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SweepSyntax.range(new Scalar(text.get(), ((ScalarNode) node).getScalarStyle() == ScalarStyle.PLAIN,
                nodes.spanOf(node)), isAsOf));
    }

    private Optional<Invariant> invariant(Node node) {
        Optional<Map<String, Node>> entries = nodes.mapping(node, "an invariant", INVARIANT);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> invariant = entries.get();
        Span span = nodes.spanOf(node);
        if (invariant.containsKey("atMostOne")) {
            return nodes.scalar(invariant.get("atMostOne"), "`atMostOne`")
                    .map(type -> new AtMostOne(type, optional(invariant, "per"), span));
        }
        if (invariant.containsKey("neverBoth")) {
            List<FactSelector> pair = nodes.sequence(invariant.get("neverBoth"), "`neverBoth`").stream()
                    .map(this::selector).flatMap(Optional::stream).toList();
            if (pair.size() != 2) {
                nodes.error(DiagnosticCode.WRONG_SHAPE, invariant.get("neverBoth"), "`neverBoth` needs two facts",
                        "expected two items such as `{type: Verdict, value: PERMITTED}`", "");
                return Optional.empty();
            }
            return Optional.of(new NeverBoth(pair.get(0), pair.get(1), optional(invariant, "on"), span));
        }
        if (invariant.containsKey("monotone")) {
            Optional<String> observe = nodes.scalar(invariant.get("monotone"), "`monotone`");
            Optional<String> along = nodes.required(invariant, "along", node, "a `monotone` invariant").flatMap(n -> nodes.scalar(n, "`along`"));
            List<String> order = nodes.required(invariant, "order", node, "a `monotone` invariant")
                    .map(n -> nodes.scalars(n, "`order`")).orElse(List.of());
            if (observe.isEmpty() || along.isEmpty() || order.isEmpty()) {
                return Optional.empty();
            }
            if (!observe.get().matches("[\\w$]+\\.[\\w$]+")) {
                nodes.error(DiagnosticCode.WRONG_SHAPE, invariant.get("monotone"), "`" + observe.get() + "` is not a fact's field",
                        "expected `Type.field`, such as `Verdict.value`", "");
                return Optional.empty();
            }
            return Optional.of(new Monotone(along.get(), observe.get(), order, span));
        }
        nodes.error(DiagnosticCode.MISSING_KEY, node, "an invariant says what it requires", "expected `atMostOne`, `neverBoth` or `monotone`",
                "");
        return Optional.empty();
    }

    private Optional<FactSelector> selector(Node node) {
        Optional<Map<String, Node>> entries = node instanceof MappingNode ? Optional.of(new LinkedHashMap<>()) : Optional.empty();
        if (entries.isEmpty()) {
            nodes.error(DiagnosticCode.WRONG_SHAPE, node, "a fact is not a mapping", "expected `{type: Verdict, value: PERMITTED}`", "");
            return Optional.empty();
        }
        String type = null;
        Map<String, String> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Optional<String> key = nodes.scalar(tuple.getKeyNode(), "a key");
            Optional<String> value = nodes.scalar(tuple.getValueNode(), "a value");
            if (key.isPresent() && value.isPresent()) {
                if (key.get().equals("type")) {
                    type = value.get();
                } else {
                    fields.put(key.get(), value.get());
                }
            }
        }
        if (type == null) {
            nodes.error(DiagnosticCode.MISSING_KEY, node, "a fact has no `type`", "`type` is required here", "");
            return Optional.empty();
        }
        return Optional.of(new FactSelector(type, fields));
    }

    private Optional<String> optional(Map<String, Node> entries, String key) {
        return Optional.ofNullable(entries.get(key)).flatMap(n -> nodes.scalar(n, "`" + key + "`"));
    }
}
