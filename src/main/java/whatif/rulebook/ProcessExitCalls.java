package whatif.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Finds calls that would end the whole process from inside the rules ({@code System.exit},
 * {@code Runtime.getRuntime().exit} or {@code .halt}): one such consequence would end every other
 * scenario's run and could leave a green exit code behind. Comments and string literals are
 * skipped. Calls made some other way (reflection) are caught at run time by the command line.
 */
final class ProcessExitCalls {
    private static final Pattern CALL = Pattern.compile(
            "\\bSystem\\s*\\.\\s*exit\\s*\\(|\\bRuntime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(exit|halt)\\s*\\(");

    private ProcessExitCalls() {
    }

    static List<Diagnostic> in(RuleSource source) {
        String code = withoutCommentsAndStrings(source.text());
        List<Diagnostic> found = new ArrayList<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            int line = 1 + (int) code.substring(0, call.start()).chars().filter(c -> c == '\n').count();
            int column = call.start() - code.lastIndexOf('\n', call.start() - 1);
            String compact = call.group().replaceAll("\\s+", "");
            String written = compact.substring(0, compact.length() - 1); // without the `(`
            found.add(Diagnostic.error(DiagnosticCode.DRL_ENDS_PROCESS,
                            Span.of(source.path(), line, column, written.length()),
                            "`" + written + "` would end the whole run")
                    .withLabel("rules must not end the process")
                    .withHint("a rule reports a problem by inserting a fact (and a scenario expecting it), "
                            + "or by throwing an exception, which whatif reports as that scenario's error"));
        }
        return found;
    }

    /** The text with comments and string and character literals blanked out, line breaks kept. */
    static String withoutCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
            } else {
                out.append(c);
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(text.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
