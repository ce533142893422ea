package whatif.fuzz;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An input shown so it can be read in a failure message and pasted into a Java test: invisible
 * and terminal characters as {@code \\uXXXX}, bytes that are not UTF-8 as {@code \\xHH}, and long
 * repetitions (deep nesting, long lines) as {@code ⟪unit⟫×count}.
 */
final class Escaped {
    private static final int LONGEST_UNIT = 6;
    private static final int SHORTEST_RUN = 24;
    private static final int MOST_SHOWN = 6000;

    private Escaped() {
    }

    static String of(String text) {
        return of(Bytes.utf8(text));
    }

    static String of(byte[] bytes) {
        String shown = compressRuns(units(bytes));
        return "\"" + (shown.length() > MOST_SHOWN ? shown.substring(0, MOST_SHOWN) + "…" : shown) + "\"";
    }

    /** One escaped unit per character, or per byte where the bytes are not UTF-8. */
    private static List<String> units(byte[] bytes) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i]);
            String decoded = length > 0 && i + length <= bytes.length ? decode(bytes, i, length) : null;
            if (decoded == null) {
                units.add(String.format("\\x%02X", bytes[i] & 0xFF));
                i++;
                continue;
            }
            decoded.codePoints().forEach(c -> units.add(escape(c)));
            i += length;
        }
        return units;
    }

    private static int sequenceLength(byte first) {
        int b = first & 0xFF;
        return b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
    }

    private static String decode(byte[] bytes, int from, int length) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default -> isVisible(c) ? Character.toString(c) : c > 0xFFFF
                    ? String.format("\\u%04X\\u%04X", (int) Character.highSurrogate(c), (int) Character.lowSurrogate(c))
                    : String.format("\\u%04X", c);
        };
    }

    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE, Character.NON_SPACING_MARK -> false;
            default -> c < 0x7F || c > 0x9F;
        };
    }

    private static String compressRuns(List<String> units) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < units.size()) {
            int bestPeriod = 0;
            int bestRepeats = 0;
            for (int period = 1; period <= LONGEST_UNIT && i + period <= units.size(); period++) {
                int repeats = repeats(units, i, period);
                if (repeats * period >= SHORTEST_RUN && repeats * period > bestRepeats * bestPeriod) {
                    bestPeriod = period;
                    bestRepeats = repeats;
                }
            }
            if (bestPeriod == 0) {
                out.append(units.get(i++));
                continue;
            }
            out.append("⟪").append(String.join("", units.subList(i, i + bestPeriod))).append("⟫×").append(bestRepeats);
            i += bestPeriod * bestRepeats;
        }
        return out.toString();
    }

    private static int repeats(List<String> units, int from, int period) {
        int repeats = 1;
        while (from + (repeats + 1) * period <= units.size()
                && units.subList(from + repeats * period, from + (repeats + 1) * period).equals(units.subList(from, from + period))) {
            repeats++;
        }
        return repeats;
    }
}
