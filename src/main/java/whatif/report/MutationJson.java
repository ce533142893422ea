package whatif.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import whatif.mutate.Mutant;
import whatif.mutate.MutantResult;
import whatif.mutate.MutantStatus;
import whatif.mutate.MutationReport;

/**
 * Mutation testing for a machine: the counts and the score, and every mutant with its result.
 * Stable key order and no time, so that the same rules and scenarios give the same bytes.
 */
public final class MutationJson {
    static final int FORMAT_VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void report(MutationReport report, PrintWriter out) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode summary = root.putObject("summary");
        summary.put("rules", report.rules());
        summary.put("scenarios", report.scenarios());
        summary.put("mutants", report.results().size());
        summary.put("caught", report.count(MutantStatus.CAUGHT));
        summary.put("survived", report.count(MutantStatus.SURVIVED));
        summary.put("notCompiled", report.count(MutantStatus.NOT_COMPILED));
        summary.put("score", report.score());
        if (report.minScore().isPresent()) {
            summary.put("minScore", report.minScore().getAsDouble());
        } else {
            summary.putNull("minScore");
        }
        summary.put("meetsMinScore", report.meetsMinimum());
        ArrayNode mutants = root.putArray("mutants");
        report.results().forEach(result -> mutant(mutants.addObject(), result));
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
        out.flush();
    }

    private static void mutant(ObjectNode node, MutantResult result) {
        Mutant mutant = result.mutant();
        node.put("rule", mutant.rule());
        node.put("file", mutant.file().toString().replace('\\', '/'));
        node.put("line", mutant.at().line());
        node.put("column", mutant.at().column());
        node.put("kind", mutant.kind().label());
        node.put("before", mutant.before());
        node.put("after", mutant.after());
        node.put("status", result.status().label());
        node.put("caughtBy", result.caughtBy());
        node.put("detail", result.detail());
        node.put("firedBy", result.firedBy());
    }
}
