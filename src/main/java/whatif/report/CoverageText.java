package whatif.report;

import java.io.PrintWriter;
import whatif.coverage.Coverage;
import whatif.coverage.RuleCoverage;
import whatif.rulebook.RuleInfo;
import whatif.scenario.Scenario;

/**
 * Coverage for the terminal: every rule with the scenarios that fired it, one a line, then the
 * rules no scenario fired, then the share. Written through the caller's {@link TerminalWriter}.
 */
public final class CoverageText {
    /** Scenario names line up under the rule's name. */
    private static final String UNDER_RULE = " ".repeat(11);

    private CoverageText() {
    }

    /** Writes through a {@link TerminalWriter} over {@code writer}, so that every name is escaped. */
    public static void write(Coverage coverage, PrintWriter writer) {
        PrintWriter out = TerminalWriter.over(writer);
        out.println("rule coverage:");
        for (RuleCoverage rule : coverage.rules()) {
            int count = rule.firedBy().size();
            out.println("  " + (rule.isFired() ? "fired  " : "never  ") + "rule `" + rule.rule().name() + "`  ("
                    + place(rule.rule()) + ")" + (rule.isFired() ? "  by " + Quantity.of(count, "scenario") + ":" : ""));
            for (Scenario scenario : rule.firedBy()) {
                out.println(UNDER_RULE + scenario.name());
            }
        }
        if (!coverage.neverFired().isEmpty()) {
            out.println();
            out.println("fired by no scenario:");
            for (RuleCoverage rule : coverage.neverFired()) {
                out.println("  rule `" + rule.rule().name() + "`  (" + place(rule.rule()) + ")");
            }
        }
        out.println();
        out.println("coverage: " + coverage.sentence()
                + coverage.minimum().map(min -> ", minimum " + min.stripTrailingZeros().toPlainString() + "%").orElse(""));
        out.println();
        out.flush();
    }

    private static String place(RuleInfo rule) {
        return rule.span().toString();
    }
}
