package whatif.rulebook;

/** Hints for the DRL parser's usual complaints, in words a rule author can act on. */
final class SyntaxHints {
    private SyntaxHints() {
    }

    static String forMessage(String message) {
        if (message.contains("<eof>") || message.contains("end of file")) {
            return "a rule or declaration is not closed: check that each `rule`/`declare` has its `end`";
        }
        if (message.contains("in pattern")) {
            return "constraints inside a pattern are separated by `,`, as in `Type( a > 1, b == \"x\" )`";
        }
        if (message.contains("mismatched input") || message.contains("no viable alternative")) {
            return "check the text just before this point: a missing `,`, `)`, `then` or `end` is the usual cause";
        }
        return "check the text just before this point against the DRL syntax: `rule \"name\" when ... then ... end`";
    }
}
