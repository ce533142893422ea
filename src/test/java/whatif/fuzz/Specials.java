package whatif.fuzz;

import java.util.List;

/**
 * What a mutation inserts: the characters and words that mean something to YAML or to DRL, the
 * values that are hard to convert, the bytes that are not UTF-8, and the characters a terminal
 * acts on. Each is here because parsers and reporters get exactly these wrong.
 */
final class Specials {
    /** YAML indicators, anchors, tags, document markers, and characters that are whitespace to some readers only. */
    static final List<String> YAML = List.of(
            "[", "]", "{", "}", ",", ": ", ":", "- ", "? ", "&a ", "*a", "&a [*a]", "<<: *a", "!tag ", "!!str ", "!!binary ",
            "!<tag:x> ", "|", "|-", ">", "#", "'", "\"", "%YAML 1.2\n", "%TAG ! tag:x,2024:\n", "---\n", "...\n", "\n- ",
            "\n  ", "@", "`", "\\", "\\x", "\\u00", "\"\\uD800\"");

    /** DRL keywords and punctuation, and Java that compiles into a rule's `then` part. */
    static final List<String> DRL = List.of(
            "rule \"r\"\n", "when\n", "then\n", "end\n", "declare ", "declare enum E A, B; end\n", "function int f() { return 1; }\n",
            "query q() end\n", "import java.util.List;\n", "package p;\n", "global java.util.List g;\n", "@role(event)\n",
            "@source(\"", "@timestamp(x)\n", "$x : ", "(", ")", "{", "}", ";", "==", "!=", " && ", " || ", "eval(", "not ",
            "exists ", "accumulate(", "over window:time(", "from ", "insert(", "insertLogical(", "modify(", "retract(",
            "update(", "drools.halt();", "throw new RuntimeException();", "System.exit(0);",
            "Thread.sleep(100);", "/*", "*/", "//", "\"", "'", "salience ", "no-loop ", "lock-on-active ", "extends ",
            "this after[0d, 30d] ", "int", "java.time.LocalDate", "null", "new Object()");

    /** Values a scenario gives a field or a matcher: numbers too big, not numbers, dates that do not exist. */
    static final List<String> VALUES = List.of(
            "NaN", ".nan", ".NaN", ".inf", "-.inf", "+.inf", "Infinity", "1e400", "-1e400", "4.9e-325", "1e-400",
            "99999999999999999999999999999999", "9223372036854775808", "-9223372036854775809", "2147483648",
            "-2147483649", "0x7FFFFFFF", "0o777", "0b101", "1_000", "-0", "-0.0", "+1", "01", "1.", ".5", "1,000",
            "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0000-00-00", "+999999999-12-31",
            "-999999999-01-01", "2024-1-1", "2024-01-01T00:00:00Z", "24-01-01", "~", "null", "Null", "NULL",
            "true", "false", "yes", "no", "on", "off", "''", "\"\"", "[]", "{}", "\"< NaN\"", "\">= .inf\"",
            "\"<\"", "\"< \"", "\"oneOf [\"", "\"oneOf []\"", "\"oneOf [NaN, .inf]\"", "\"contains\"", "\"contains \"",
            "\"== \"", "\"!=\"", "\"!= \"", "\"<= 2024-02-30\"", "\"> 1e400\"", "\">= -0\"", "\"~\"",
            "\"\\u001b[2J\"", "\"\\0\"", "\"\\r\"", "\"\\t\"", "\"\\x85\"");

    /** Characters and sequences a terminal or an editor acts on, or that some readers take for a line break. */
    static final List<String> CONTROLS = List.of(
            "\t", "\0", "\r", "\r\n", "\u001b", "\u001b[31m", "\u001b]0;title\u0007", "\u001b[2J", "\u0007", "\b",
            "\u000b", "\f", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u202e", "\u200b", "\ud83d\ude00",
            "\u0301", "\uffff");

    /** Byte sequences that are not UTF-8: stray continuations, overlong forms, surrogates, beyond U+10FFFF. */
    static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    private Specials() {
    }
}
