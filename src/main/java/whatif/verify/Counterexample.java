package whatif.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import whatif.scenario.FactSpec;
import whatif.scenario.FieldValue;
import whatif.scenario.Scenario;

/**
 * A finding written out as a scenario file that reproduces it: the point's given facts and date,
 * and an {@code expect:} that states the invariant, so that {@code whatif run} on the file fails
 * while the rules break it and passes once they are mended. A monotonicity gives two scenarios:
 * the lower point, expecting what it gave, and the higher one, expecting a value no lower.
 */
public final class Counterexample {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./+-]+( [A-Za-z0-9_./+-]+)*");

    private Counterexample() {
    }

    /** The scenario file's text. */
    public static String of(Finding finding, BoundCheck bound) {
        Check check = bound.check();
        StringBuilder out = new StringBuilder();
        out.append("# Found by `whatif verify`, check `").append(check.name()).append("` (").append(check.span()).append("):\n");
        out.append("#   ").append(finding.invariant().describe()).append('\n');
        out.append("#   ").append(finding.detail().replace("\n", " ")).append('\n');
        out.append("# The expectations state the invariant: this file fails while the rules break it.\n");
        out.append("scenarios:\n");
        List<Long> at = finding.points();
        for (int i = 0; i < at.size(); i++) {
            Scenario point = bound.scenarioAt(at.get(i));
            String name = finding.invariant().describe() + ", at " + bound.pointText(at.get(i), -1);
            out.append("  - name: ").append(quoted(name)).append('\n');
            out.append("    asOf: ").append(point.asOf()).append('\n');
            out.append("    given:\n");
            for (FactSpec fact : point.given()) {
                out.append("      - ").append(flow(fact)).append('\n');
            }
            out.append("    expect:\n");
            out.append(expectation(finding, i));
        }
        return out.toString();
    }

    private static String expectation(Finding finding, int point) {
        Invariant invariant = finding.invariant();
        if (invariant instanceof AtMostOne one) {
            return "      counts: {" + one.type() + ": \"<= 1\"}\n";
        }
        if (invariant instanceof NeverBoth both) {
            return "      noFacts:\n        - " + selector(both.second()) + "\n";
        }
        Monotone monotone = (Monotone) invariant;
        String lower = finding.observed().get(0);
        String value = point == 0 ? lower
                : "oneOf [" + String.join(", ", monotone.order().subList(monotone.rank(lower), monotone.order().size())) + "]";
        return "      facts:\n        - {type: " + monotone.observedType() + ", " + monotone.observedField() + ": "
                + quoted(value) + "}\n";
    }

    private static String flow(FactSpec fact) {
        List<String> parts = new ArrayList<>();
        parts.add("type: " + quoted(fact.typeName()));
        for (FieldValue field : fact.fields()) {
            parts.add(field.name() + ": " + quoted(field.value().text()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String selector(FactSelector selector) {
        List<String> parts = new ArrayList<>();
        parts.add("type: " + quoted(selector.type()));
        selector.fields().forEach((k, v) -> parts.add(k + ": " + quoted(v)));
        return "{" + String.join(", ", parts) + "}";
    }

    /** As written when it reads the same plain, in double quotes otherwise. */
    static String quoted(String text) {
        if (PLAIN.matcher(text).matches() && !text.matches("(?i)true|false|null|~|yes|no|on|off")) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
