package whatif.report;

import whatif.run.Status;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
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
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", report.passed());
        summary.put("failed", report.count(Status.FAILED));
        summary.put("errors", report.count(Status.ERROR));
        summary.put("invalid", report.count(Status.INVALID));
        summary.put("rulesCompiled", report.rulesCompiled());
        diagnostics(root.putArray("diagnostics"), report.diagnostics());
        ArrayNode scenarios = root.putArray("scenarios");
        report.outcomes().forEach(o -> outcome(scenarios.addObject(), o));
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private void outcome(ObjectNode node, Outcome outcome) {
        node.put("name", outcome.scenario().name());
        location(node, outcome.scenario().span());
        node.put("status", outcome.status().label());
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
        diagnostics(node.putArray("diagnostics"), outcome.diagnostics());
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

    private static void location(ObjectNode node, Span span) {
        node.put("file", span.file().toString().replace('\\', '/'));
        node.put("line", span.line());
        node.put("column", span.column());
    }
}
