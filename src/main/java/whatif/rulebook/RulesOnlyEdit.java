package whatif.rulebook;

import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Whether two versions of a DRL file differ only inside their rules: the package, imports,
 * declarations, functions, globals and queries read the same, ignoring comments and the amount of
 * white space. Only such an edit can be compiled without the rest of the package, because what
 * lies outside the rules is shared by every file of the package (an import, a type, a function).
 */
final class RulesOnlyEdit {
    private RulesOnlyEdit() {
    }

    static boolean between(DrlOutline before, DrlOutline after) {
        return outsideRules(before).equals(outsideRules(after));
    }

    /** The file without its rules (queries stay: rules elsewhere call them), as tokens. */
    static String outsideRules(DrlOutline outline) {
        String text = outline.source().text();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (RuleDescr rule : outline.rules()) {
            int start = rule.getStartCharacter();
            int end = rule.getEndCharacter();
            if (rule instanceof QueryDescr || start < from || end < start || end > text.length()) {
                continue;
            }
            rest.append(text, from, start).append(' ');
            from = end;
        }
        return tokens(rest.append(text.substring(from)).toString());
    }

    /** The text as the parser reads it: comments dropped, white space runs as one space, literals as written. */
    static String tokens(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '"' || c == '\'') {
                end = endOfLiteral(text, i);
            } else if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                space = true;
                i = end;
                continue;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                space = true;
                i = end < 0 ? text.length() : end + 2;
                continue;
            } else if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            } else {
                end = i + 1;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(text, i, end);
            i = end;
        }
        return out.toString();
    }

    private static int endOfLiteral(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }
}
