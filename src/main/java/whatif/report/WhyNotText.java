package whatif.report;

import java.io.PrintWriter;
import java.util.List;
import whatif.explain.WhyNot;

/** Why-not answers in the terminal: each failed expectation, the rules that could have met it, and where each stopped. */
public final class WhyNotText {
    private WhyNotText() {
    }

    public static void write(List<WhyNot> answers, PrintWriter out) {
        for (WhyNot answer : answers) {
            out.println();
            out.println("why not: " + answer.expectation() + "  (" + answer.at() + ")");
            answer.problem().ifPresent(problem -> out.println("  " + problem));
            for (WhyNot.Candidate candidate : answer.candidates()) {
                String where = candidate.at().map(at -> " (" + at.file() + ":" + at.line() + ")").orElse("");
                out.println("  rule `" + candidate.rule() + "`" + where);
                if (candidate.blocked().isEmpty()) {
                    out.println("    all " + candidate.held() + " conditions held at the end: its `then` part ran, or its"
                            + " fact differs from the one expected (compare the fields it sets)");
                    continue;
                }
                WhyNot.Blocked blocked = candidate.blocked().get();
                out.println("    " + candidate.held() + " condition" + (candidate.held() == 1 ? "" : "s") + " held; then "
                        + (blocked.negated() ? "`not " + blocked.condition() + "` found a fact it must not find"
                                : "`" + blocked.condition() + "` found no match")
                        + "  (" + blocked.at().file() + ":" + blocked.at().line() + ")");
                for (WhyNot.Near near : blocked.closest()) {
                    out.println("      " + (blocked.negated() ? "found: " : "closest: ") + near.fact().describe()
                            + (near.unmet().isEmpty() ? "" : "  fails " + String.join(", ", near.unmet().stream()
                                    .map(c -> "`" + c + "`").toList())));
                }
            }
        }
    }
}
