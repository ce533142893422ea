package whatif.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import whatif.diff.Conclusion;
import whatif.diff.Delta;
import whatif.diff.FactChange;
import whatif.diff.FactDifference;
import whatif.diff.FieldChange;
import whatif.diff.InputChange;
import whatif.diff.Parting;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.source.Span;

/**
 * One comparison of a diff as JSON: its two runs ({@code before}, {@code after}), whether it
 * {@code changed}, the {@code inputs} that differ, {@code partsOn}, the facts that
 * {@code appeared}, {@code disappeared} or changed ({@code changedFacts}), each with the rule that
 * concluded it and the inputs it rests on, and the rules fired in one run only.
 */
final class DeltaJson {
    private final ObjectMapper mapper;

    private DeltaJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static void write(ObjectNode node, Delta delta, ObjectMapper mapper) {
        new DeltaJson(mapper).comparison(node, delta);
    }

    private void comparison(ObjectNode node, Delta delta) {
        run(node.putObject("before"), delta.before());
        run(node.putObject("after"), delta.after());
        node.put("changed", delta.hasChanges());
        node.put("compared", !delta.isIncomplete());
        ArrayNode inputs = node.putArray("inputs");
        delta.inputs().forEach(change -> input(inputs.addObject(), change));
        delta.parting().ifPresentOrElse(p -> parting(node.putObject("partsOn"), p), () -> node.putNull("partsOn"));
        ArrayNode appeared = node.putArray("appeared");
        delta.appeared().forEach(d -> difference(appeared.addObject(), d));
        ArrayNode disappeared = node.putArray("disappeared");
        delta.disappeared().forEach(d -> difference(disappeared.addObject(), d));
        ArrayNode changed = node.putArray("changedFacts");
        delta.changed().forEach(c -> change(changed.addObject(), c));
        delta.firedOnlyBefore().forEach(node.putArray("firedOnlyBefore")::add);
        delta.firedOnlyAfter().forEach(node.putArray("firedOnlyAfter")::add);
        node.withArray("firedOnlyBefore");
        node.withArray("firedOnlyAfter");
    }

    private void run(ObjectNode node, Outcome outcome) {
        node.put("name", outcome.scenario().name());
        outcome.scenario().variant().ifPresent(v -> node.put("variant", v.name()));
        JsonParts.location(node, outcome.scenario().span());
        node.put("status", outcome.status().label());
    }

    private void input(ObjectNode node, InputChange change) {
        if (change instanceof InputChange.DateMoved moved) {
            node.put("change", "asOf");
            node.put("before", moved.before().toString());
            node.put("after", moved.after().toString());
            return;
        }
        if (change instanceof InputChange.Changed changed) {
            node.put("change", "changed");
            spec(node.putObject("fact"), changed.before());
            ArrayNode values = node.putArray("values");
            for (InputChange.ValueChange value : changed.values()) {
                ObjectNode v = values.addObject().put("field", value.field());
                optional(v, "before", value.before());
                optional(v, "after", value.after());
            }
        } else if (change instanceof InputChange.Added added) {
            node.put("change", "added");
            node.put("on", added.on().toString());
            spec(node.putObject("fact"), added.fact());
        } else if (change instanceof InputChange.Removed removed) {
            node.put("change", "removed");
            node.put("on", removed.on().toString());
            spec(node.putObject("fact"), removed.fact());
        }
        change.writtenAt().ifPresent(at -> JsonParts.location(node, at));
    }

    private void parting(ObjectNode node, Parting parting) {
        node.put("date", parting.on().toString());
        facts(node.putArray("onlyBefore"), parting.onlyBefore());
        facts(node.putArray("onlyAfter"), parting.onlyAfter());
        parting.firedOnlyBefore().forEach(node.putArray("firedOnlyBefore")::add);
        parting.firedOnlyAfter().forEach(node.putArray("firedOnlyAfter")::add);
        node.withArray("firedOnlyBefore");
        node.withArray("firedOnlyAfter");
    }

    private void difference(ObjectNode node, FactDifference d) {
        fact(node, d.fact());
        conclusion(node, "concludedBy", d.concludedBy());
        node.put("elsewhere", switch (d.elsewhere()) {
            case NO_SUCH_RULE -> "noSuchRule";
            case WITHDRAWN -> "withdrawn";
            case NOT_FIRED -> "notFired";
            case FIRED_WITHOUT_IT -> "firedWithoutIt";
            case UNKNOWN -> "unknown";
        });
        d.withdrawn().ifPresentOrElse(w -> node.putObject("withdrawn").put("on", w.on().toString()).put("why", w.why()),
                () -> node.putNull("withdrawn"));
        facts(node.putArray("matched"), d.matched());
        causes(node.putArray("causes"), d.causes());
    }

    private void change(ObjectNode node, FactChange c) {
        node.put("type", c.type());
        node.set("before", JsonParts.fieldsOf(mapper, c.before()));
        node.set("after", JsonParts.fieldsOf(mapper, c.after()));
        ArrayNode fields = node.putArray("fields");
        for (FieldChange field : c.fields()) {
            ObjectNode f = fields.addObject().put("field", field.field());
            f.set("before", mapper.valueToTree(jsonValue(field.before())));
            f.set("after", mapper.valueToTree(jsonValue(field.after())));
        }
        conclusion(node, "concludedBefore", c.concludedBefore());
        conclusion(node, "concludedAfter", c.concludedAfter());
        causes(node.putArray("causes"), c.causes());
    }

    private void causes(ArrayNode array, List<InputChange> causes) {
        causes.forEach(cause -> input(array.addObject(), cause));
    }

    private void conclusion(ObjectNode node, String key, Optional<Conclusion> conclusion) {
        if (conclusion.isEmpty()) {
            node.putNull(key);
            return;
        }
        ObjectNode c = node.putObject(key);
        c.put("rule", conclusion.get().rule());
        conclusion.get().ruleAt().ifPresent(at -> {
            c.put("file", slashed(at));
            c.put("line", at.line());
        });
        c.put("on", conclusion.get().on().toString());
    }

    private void facts(ArrayNode array, List<FactView> facts) {
        facts.forEach(f -> fact(array.addObject(), f));
    }

    private void fact(ObjectNode node, FactView fact) {
        node.put("type", fact.type());
        node.set("fields", JsonParts.fieldsOf(mapper, fact));
    }

    /** A fact as the scenario writes it: its values as text. */
    private void spec(ObjectNode node, FactSpec fact) {
        node.put("type", fact.typeName());
        ObjectNode fields = node.putObject("fields");
        for (FieldValue field : fact.fields()) {
            fields.put(field.name(), field.value().text());
        }
    }

    private static Object jsonValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private void optional(ObjectNode node, String key, Optional<String> value) {
        value.ifPresentOrElse(v -> node.put(key, v), () -> node.putNull(key));
    }

    private static String slashed(Span span) {
        return span.file().toString().replace('\\', '/');
    }
}
