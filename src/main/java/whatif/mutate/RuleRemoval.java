package whatif.mutate;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Removes a rule without removing its name: {@code eval(false)} goes in as its first condition,
 * so it never fires, while a scenario that names it ({@code fired: [...]}) still refers to a rule
 * that exists. The insertion is on the line of the first condition, so the lines of the file
 * stay where they were.
 */
final class RuleRemoval {
    static final String NEVER = "eval(false)";

    private RuleRemoval() {
    }

    static TextEdit of(RuleDescr rule, String text) {
        AndDescr lhs = rule.getLhs();
        if (lhs != null && !lhs.getDescrs().isEmpty() && lhs.getDescrs().get(0).getStartCharacter() >= 0) {
            return TextEdit.insert(lhs.getDescrs().get(0).getStartCharacter(), NEVER + " ");
        }
        if (lhs != null && lhs.getStartCharacter() >= 0) {
            // `when` with nothing after it: Drools places the empty condition at `then`.
            return TextEdit.insert(lhs.getStartCharacter(), NEVER + " ");
        }
        // No `when` at all: one goes in before `then`, whose line and 0-based column Drools keeps.
        return TextEdit.insert(offsetOf(text, rule.getConsequenceLine(), rule.getConsequencePattern()), "when " + NEVER + " ");
    }

    /** The {@code char} index of a 1-based line and a 0-based column, as ANTLR counts them. */
    private static int offsetOf(String text, int line, int column) {
        int index = 0;
        for (int current = 1; current < line && index < text.length(); index++) {
            if (text.charAt(index) == '\n') {
                current++;
            }
        }
        return Math.min(text.length(), index + Math.max(0, column));
    }
}
