package whatif.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Reads the text of a scenario file into {@link Scenario}s. Pure: it opens no file and knows no
 * rules, so it checks the file's shape only; whether types and fields exist is the binder's job.
 * YAML is composed into nodes and never constructed into objects: a scenario file cannot run code.
 */
public final class ScenarioParser {
    static final List<String> SCENARIO_KEYS = List.of("name", "description", "asOf", "given", "timeline", "expect");
    static final List<String> FILE_KEYS = List.of("scenarios");
    static final List<String> STEP_KEYS = List.of("on", "type", "expect");
    static final List<String> EXPECT_KEYS = List.of("facts", "noFacts", "counts", "fired", "notFired");
    static final String TYPE_KEY = "type";
    private static final String SYNTAX_HINT = "check the indentation and the `:` after each key; quote values that contain `: `"
            + " or start with `[`, `{`, `*`, `&` or `!`";

    private ScenarioParser() {
    }

    public static ParsedFile parse(String text, Path origin) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        Optional<Node> root = compose(text, origin, diagnostics);
        if (root.isPresent()) {
            new FileReader(new YamlNodes(origin, diagnostics)).read(root.get(), scenarios);
        } else if (diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, Span.wholeFile(origin), "the scenario file is empty")
                    .withLabel("expected a scenario: `name:`, `asOf:`, `given:`, `expect:`")
                    .withHint("start with `name:`; see the README's `Writing a scenario`"));
        }
        return new ParsedFile(origin, scenarios, diagnostics);
    }

    private static Optional<Node> compose(String text, Path origin, List<Diagnostic> diagnostics) {
        LoadSettings settings = LoadSettings.builder().setLabel(origin.toString()).setUseMarks(true).build();
        try {
            List<Node> documents = new ArrayList<>();
            new Compose(settings).composeAllFromString(text).forEach(documents::add);
            if (documents.size() > 1) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.WRONG_SHAPE,
                                new YamlNodes(origin, diagnostics).spanOf(documents.get(1)),
                                "a scenario file holds one YAML document")
                        .withLabel("a second document starts here")
                        .withHint("put several scenarios under `scenarios:` instead of separating them with `---`"));
            }
            return documents.stream().findFirst();
        } catch (MarkedYamlEngineException e) {
            diagnostics.add(malformed(origin, e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.YAML_SYNTAX, Span.wholeFile(origin), "malformed YAML: " + e.getMessage())
                    .withHint(SYNTAX_HINT));
            return Optional.empty();
        }
    }

    private static Diagnostic malformed(Path origin, MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("(TAB)")) {
            return Diagnostic.error(DiagnosticCode.YAML_SYNTAX, e.getProblemMark().map(m -> markSpan(origin, m))
                            .orElse(Span.wholeFile(origin)), "malformed YAML: a tab where YAML expects spaces")
                    .withLabel("tabs cannot indent YAML")
                    .withHint("indent with spaces; set your editor to insert spaces in `.yaml` files");
        }
        // At the end of the file the problem is where the unclosed thing began, not where it ends.
        boolean atEnd = (problem.contains("<stream end>") || problem.contains("end of stream")) && e.getContextMark().isPresent();
        Span at = (atEnd ? e.getContextMark() : e.getProblemMark()).map(m -> markSpan(origin, m))
                .orElse(Span.wholeFile(origin));
        return Diagnostic.error(DiagnosticCode.YAML_SYNTAX, at, "malformed YAML: " + problem.replaceFirst("\\.$", ""))
                .withLabel(e.getContext() == null ? "" : e.getContext())
                .withHint(SYNTAX_HINT);
    }

    private static Span markSpan(Path origin, Mark mark) {
        return Span.at(origin, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Walks one file's node tree. */
    private static final class FileReader {
        private final YamlNodes nodes;

        FileReader(YamlNodes nodes) {
            this.nodes = nodes;
        }

        void read(Node root, List<Scenario> out) {
            Optional<MappingNode> mapping = nodes.mapping(root, "a scenario file");
            if (mapping.isEmpty()) {
                return;
            }
            // Looked at without reporting: the keys are checked, and reported once, below.
            boolean isList = mapping.get().getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("scenarios"));
            if (!isList) {
                scenario(mapping.get()).ifPresent(out::add);
                return;
            }
            Map<String, YamlNodes.Entry> entries = nodes.entries(mapping.get(), "a file of several scenarios", FILE_KEYS);
            YamlNodes.Entry list = entries.get("scenarios");
            if (list == null) {
                return;
            }
            int before = nodes.reported();
            List<Node> items = nodes.sequence(list.value(), "`scenarios`");
            if (items.isEmpty() && nodes.reported() == before) {
                // An empty list would make the file silently check nothing.
                nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, list.keySpan(), "`scenarios` lists no scenario")
                        .withLabel("expected at least one item starting with `- name:`")
                        .withHint("write the scenarios under it, or delete the file"));
            }
            for (Node item : items) {
                nodes.mapping(item, "a scenario").flatMap(this::scenario).ifPresent(out::add);
            }
        }

        /** A scenario with a problem anywhere inside it is not returned: run half-read, it could pass wrongly. */
        private Optional<Scenario> scenario(MappingNode mapping) {
            int before = nodes.reported();
            Optional<Scenario> scenario = readScenario(mapping);
            return nodes.reported() == before ? scenario : Optional.empty();
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
                String message = scalar.text().isBlank() ? "`" + key + "` has no date" : "`" + scalar.text() + "` is not a date";
                nodes.report(Diagnostic.error(DiagnosticCode.BAD_DATE, scalar.span(), message)
                        .withLabel("expected a date as YYYY-MM-DD")
                        .withHint("write the day too, as `2017-08-07`; where the record gives only a month, say so in `description`"));
                return Optional.empty();
            }
        }
    }
}
