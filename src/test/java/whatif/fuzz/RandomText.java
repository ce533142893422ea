package whatif.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Text from nothing: short pieces of structure (keys, dashes, indents, newlines) mixed with the
 * language's tokens, values, control characters and bytes that are not UTF-8.
 */
final class RandomText {
    private static final List<String> STRUCTURE = List.of(
            "name", "asOf", "given", "timeline", "expect", "type", "on", "facts", "counts", "fired", "scenarios",
            "a", "x", "1", "2024-01-01", ": ", "- ", "\n", "\n  ", "\n    ", " ", " ", "\n- ");

    private RandomText() {
    }

    static FuzzInput of(SplittableRandom r, Language language) {
        int pieces = r.nextInt(8) == 0 ? r.nextInt(2000) : r.nextInt(120);
        byte[] out = new byte[0];
        for (int i = 0; i < pieces; i++) {
            byte[] piece = switch (r.nextInt(10)) {
                case 0 -> Bytes.utf8(Mutation.pick(r, language.tokens()));
                case 1 -> Bytes.utf8(Mutation.pick(r, Specials.VALUES));
                case 2 -> Bytes.utf8(Mutation.pick(r, Specials.CONTROLS));
                case 3 -> Specials.INVALID_UTF8.get(r.nextInt(Specials.INVALID_UTF8.size()));
                case 4 -> new byte[] {(byte) r.nextInt(256)};
                default -> Bytes.utf8(Mutation.pick(r, STRUCTURE));
            };
            out = Bytes.insert(out, out.length, piece);
        }
        return FuzzInput.of("random " + language.name() + " text of " + pieces + " pieces", out);
    }
}
