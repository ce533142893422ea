package whatif.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import whatif.explain.Derivation;
import whatif.explain.Explanation;
import whatif.explain.Withdrawal;
import whatif.rulebook.CitedSource;
import whatif.run.FactView;

/** An explanation as JSON: the same tree as the text, with stable key order. */
public final class ExplanationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplanationJson() {
    }

    public static void write(Explanation explanation, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", explanation.scenario());
        root.put("on", explanation.on().toString());
        explanation.facts().forEach(d -> node(root.withArray("facts").addObject(), d));
        root.withArray("facts");
        for (Withdrawal gone : explanation.withdrawn()) {
            ObjectNode node = root.withArray("withdrawn").addObject();
            fact(node, gone.fact());
            node.put("on", gone.on().toString());
            gone.rule().ifPresent(rule -> node.put("rule", rule));
            node.put("why", gone.why());
        }
        root.withArray("withdrawn");
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the explanation as JSON", e);
        }
    }

    private static void node(ObjectNode node, Derivation d) {
        node.put("number", d.number());
        fact(node, d.fact());
        node.put("on", d.on().toString());
        node.put("by", d.rule().isPresent() ? "rule" : d.at().isPresent() ? "scenario" : "whatif");
        d.rule().ifPresent(rule -> node.put("rule", rule));
        d.at().ifPresent(at -> node.put("at", at.toString()));
        for (CitedSource source : d.sources()) {
            ObjectNode cited = node.withArray("sources").addObject();
            cited.put("id", source.id());
            cited.put("title", source.title());
            cited.put("publisher", source.publisher());
            cited.put("date", source.date());
            cited.put("url", source.url());
        }
        d.changes().forEach(change -> node.withArray("changedBy").add(change));
        if (d.repeated()) {
            node.put("explainedAbove", true);
        }
        d.from().forEach(child -> node(node.withArray("from").addObject(), child));
    }

    private static void fact(ObjectNode node, FactView fact) {
        node.put("type", fact.type());
        node.set("fields", JsonParts.fieldsOf(MAPPER, fact));
    }
}
