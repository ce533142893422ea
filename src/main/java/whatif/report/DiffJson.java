package whatif.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * A diff as JSON, with the same parts as the text and a stable key order: {@code formatVersion},
 * {@code kind} ({@code variants} or {@code reform}), {@code summary}, {@code diagnostics}, for a
 * reform the rules only one rule book has, and {@code comparisons}, each with its two runs,
 * {@code inputs}, {@code partsOn}, {@code appeared}, {@code disappeared}, {@code changedFacts} and
 * the rules fired in one run only ({@link DeltaJson}). Unlike the text, a reform lists its
 * unchanged scenarios too.
 */
public final class DiffJson {
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJson() {
    }

    public static void write(DiffReport report, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", report.kind().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode summary = root.putObject("summary");
        summary.put("compared", report.changed() + report.unchanged());
        summary.put("changed", report.changed());
        summary.put("unchanged", report.unchanged());
        summary.put("notCompared", report.notCompared());
        summary.put("rulesCompiled", report.rulesCompiled());
        JsonParts.diagnostics(root.putArray("diagnostics"), report.diagnostics());
        if (report.kind() == DiffReport.Kind.REFORM) {
            ObjectNode rules = root.putObject("rules");
            report.rulesOnlyBefore().forEach(rules.putArray("onlyBefore")::add);
            report.rulesOnlyAfter().forEach(rules.putArray("onlyAfter")::add);
            rules.withArray("onlyBefore");
            rules.withArray("onlyAfter");
        }
        ArrayNode comparisons = root.putArray("comparisons");
        report.deltas().forEach(delta -> DeltaJson.write(comparisons.addObject(), delta, MAPPER));
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diff as JSON", e);
        }
        out.flush();
    }
}
