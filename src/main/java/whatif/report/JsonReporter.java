package whatif.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import whatif.run.FactView;
import whatif.run.Firing;
import whatif.run.Outcome;
import whatif.run.Verdict;
import whatif.source.Diagnostic;
import whatif.source.Span;

/**
 * The machine-readable report. Stable key order and no timings, so that the same input gives the
 * same bytes. Documented in the README under {@code --format json}.
 */
public final class JsonReporter implements Reporter {
    static final int FORMAT_VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void report(RunReport report, PrintWriter out) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        RunReport.Summary counts = report.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("scenarios", counts.scenarios());
        summary.put("passed", counts.passed());
        summary.put("failed", counts.failed());
        summary.put("errors", counts.errors());
        summary.put("invalid", counts.invalid());
        summary.put("notRun", counts.notRun());
        summary.put("unreadableFiles", counts.unreadableFiles());
        summary.put("rulesCompiled", report.rulesCompiled());
        ArrayNode unreadable = root.putArray("unreadable");
        report.unreadable().forEach(file -> unreadable.add(slashed(file)));
        diagnostics(root.putArray("diagnostics"), report.inputDiagnostics());
        ArrayNode scenarios = root.putArray("scenarios");
        report.entries().forEach(entry -> entry(scenarios.addObject(), entry));
        report.coverage().ifPresent(coverage -> CoverageJson.fill(root.putObject("coverage"), coverage));
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    /** A rejected scenario has the same keys as one that ran, empty, so that readers need no special case. */
    private void entry(ObjectNode node, ScenarioEntry entry) {
        node.put("name", entry.name());
        location(node, entry.span());
        node.put("status", entry.status().label());
        if (entry instanceof ScenarioEntry.Ran ran) {
            outcome(node, ran.outcome());
        } else {
            node.putArray("expectations");
            node.putArray("fired");
            node.putObject("facts");
        }
        diagnostics(node.putArray("diagnostics"), entry.diagnostics());
    }

    private void outcome(ObjectNode node, Outcome outcome) {
        ArrayNode verdicts = node.putArray("expectations");
        for (Verdict v : outcome.verdicts()) {
            ObjectNode vn = verdicts.addObject();
            vn.put("expectation", v.expectation());
            vn.put("held", v.held());
            vn.put("expected", v.expected());
            vn.put("actual", v.actual());
            vn.put("on", v.on().toString());
            location(vn, v.span());
        }
        ArrayNode fired = node.putArray("fired");
        for (Firing f : outcome.firings()) {
            fired.addObject().put("rule", f.rule()).put("on", f.on().toString());
        }
        ObjectNode facts = node.putObject("facts");
        for (Map.Entry<String, List<FactView>> byType : outcome.factsByType().entrySet()) {
            ArrayNode list = facts.putArray(byType.getKey());
            byType.getValue().forEach(f -> list.add(values(f)));
        }
        outcome.error().ifPresent(e -> node.putObject("error").put("message", e.message()).put("rule", e.rule())
                .put("hint", e.hint()));
    }

    private ObjectNode values(FactView fact) {
        ObjectNode node = mapper.createObjectNode();
        fact.values().forEach((field, value) -> {
            if (value == null) {
                node.putNull(field);
            } else if (value instanceof Number || value instanceof Boolean) {
                node.set(field, mapper.valueToTree(value));
            } else if (value instanceof Enum<?> e) {
                node.put(field, e.name());
            } else {
                node.put(field, value.toString());
            }
        });
        return node;
    }

    private static void diagnostics(ArrayNode array, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            ObjectNode node = array.addObject();
            node.put("severity", d.severity().label());
            node.put("code", d.code());
            location(node, d.span());
            node.put("message", d.message());
            node.put("label", d.label());
            node.put("hint", d.hint());
        }
    }

    private static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }

    private static void location(ObjectNode node, Span span) {
        node.put("file", slashed(span.file()));
        node.put("line", span.line());
        node.put("column", span.column());
    }
}
