package whatif.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import whatif.coverage.Coverage;
import whatif.coverage.RuleCoverage;

/**
 * Coverage as JSON: the counts and share, then every rule with its place and the scenarios that
 * fired it, then the names of those no scenario fired. The {@code coverage} object of the run's
 * JSON report, and on its own the file the JUnit engine writes.
 */
public final class CoverageJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageJson() {
    }

    /** The coverage alone, as one JSON object. */
    public static void write(Coverage coverage, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        fill(root, coverage);
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the coverage as JSON", e);
        }
    }

    static void fill(ObjectNode node, Coverage coverage) {
        node.put("rules", coverage.total());
        node.put("fired", coverage.fired());
        node.put("percent", coverage.percent());
        coverage.minimum().ifPresent(min -> node.put("minimum", plain(min))
                .put("meetsMinimum", coverage.meetsMinimum()));
        ArrayNode byRule = node.putArray("byRule");
        for (RuleCoverage rule : coverage.rules()) {
            ObjectNode entry = byRule.addObject();
            entry.put("rule", rule.rule().name());
            entry.put("file", rule.rule().file().toString().replace('\\', '/'));
            entry.put("line", rule.rule().span().line());
            entry.put("column", rule.rule().span().column());
            ArrayNode firedBy = entry.putArray("firedBy");
            rule.firedBy().forEach(scenario -> firedBy.add(scenario.name()));
        }
        ArrayNode never = node.putArray("neverFired");
        coverage.neverFired().forEach(rule -> never.add(rule.rule().name()));
    }

    /** 80 as {@code 80}, not {@code 80.00} or {@code 8E+1}, whichever way the user wrote it. */
    private static BigDecimal plain(BigDecimal number) {
        return new BigDecimal(number.stripTrailingZeros().toPlainString());
    }
}
