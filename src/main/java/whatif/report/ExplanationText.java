package whatif.report;

import java.io.PrintWriter;
import java.util.List;
import whatif.explain.Derivation;
import whatif.explain.Explanation;
import whatif.explain.Withdrawal;
import whatif.rulebook.CitedSource;

/**
 * An explanation as a tree in the terminal: each produced fact, the rule that inserted it with its
 * place and sources, and beneath it the facts that rule matched, down to the scenario's own.
 */
public final class ExplanationText {
    private ExplanationText() {
    }

    public static void write(Explanation explanation, PrintWriter out) {
        out.println("why `" + explanation.scenario() + "` stands as it does on " + explanation.on());
        if (explanation.facts().isEmpty()) {
            out.println();
            out.println("the rules produced no fact that is still there on " + explanation.on());
        }
        for (Derivation fact : explanation.facts()) {
            out.println();
            node(fact, "", "", out);
        }
        if (!explanation.withdrawn().isEmpty()) {
            out.println();
            out.println("withdrawn by " + explanation.on() + ":");
            for (Withdrawal gone : explanation.withdrawn()) {
                out.println("  " + gone.fact().describe() + " on " + gone.on() + ": " + gone.why());
            }
        }
    }

    /** {@code lead} goes before this node's own line; {@code indent} before everything under it. */
    private static void node(Derivation d, String lead, String indent, PrintWriter out) {
        out.println(lead + d.fact().describe() + "  " + origin(d));
        if (d.repeated()) {
            return;
        }
        String detail = indent + (d.from().isEmpty() ? "   " : "│  ");
        for (CitedSource source : d.sources()) {
            out.println(detail + "source " + cited(source));
        }
        for (String change : d.changes()) {
            out.println(detail + "changed by rule `" + change.replaceFirst(" on ", "` on "));
        }
        List<Derivation> from = d.from();
        for (int i = 0; i < from.size(); i++) {
            boolean last = i == from.size() - 1;
            node(from.get(i), indent + (last ? "└─ " : "├─ "), indent + (last ? "   " : "│  "), out);
        }
    }

    private static String origin(Derivation d) {
        if (d.rule().isEmpty()) {
            return d.at().map(at -> "<- given at " + at).orElse("<- set by whatif: the scenario's date");
        }
        String where = d.at().map(at -> " (" + at.file() + ":" + at.line() + ")").orElse("");
        return "<- rule `" + d.rule().get() + "`" + where + " on " + d.on() + (d.repeated() ? ", as above" : "");
    }

    private static String cited(CitedSource source) {
        if (source.title().isEmpty()) {
            return source.id();
        }
        StringBuilder text = new StringBuilder(source.id()).append(": ").append(source.title());
        String by = String.join(", ", List.of(source.publisher(), source.date()).stream().filter(s -> !s.isEmpty()).toList());
        if (!by.isEmpty()) {
            text.append(" (").append(by).append(')');
        }
        if (!source.url().isEmpty()) {
            text.append(" ").append(source.url());
        }
        return text.toString();
    }
}
