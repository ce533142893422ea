package whatif.fuzz;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * One way to damage a real input, as an editor slip, a bad merge, a copy from a web page or a
 * hostile file would. Each returns the input unchanged when it has nothing to work on.
 */
enum Mutation {
    FLIP_BIT {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            if (in.bytes().length == 0) {
                return in;
            }
            byte[] out = in.bytes().clone();
            int at = r.nextInt(out.length);
            int bit = r.nextInt(8);
            out[at] ^= (byte) (1 << bit);
            return in.then("flip bit " + bit + " of byte " + at, out);
        }
    },
    REPLACE_CHARACTER {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            if (in.bytes().length == 0) {
                return in;
            }
            String by = pick(r, List.of(":", "-", " ", "\t", "[", "{", "#", "\"", "'", "&", "*", "!", "|", ">", "(", ")",
                    ";", "$", "0", "9", ".", "\n", "\r", "\0"));
            int at = r.nextInt(in.bytes().length);
            return in.then("replace byte " + at + " by " + Escaped.of(by), Bytes.replace(in.bytes(), at, at + 1, Bytes.utf8(by)));
        }
    },
    TRUNCATE {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            int at = r.nextInt(in.bytes().length + 1);
            return in.then("truncate at byte " + at, Bytes.slice(in.bytes(), 0, at));
        }
    },
    DELETE_LINES {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            List<int[]> lines = Bytes.lines(in.bytes());
            if (lines.isEmpty()) {
                return in;
            }
            int first = r.nextInt(lines.size());
            int last = Math.min(lines.size() - 1, first + r.nextInt(3));
            return in.then("delete lines " + (first + 1) + "-" + (last + 1),
                    Bytes.delete(in.bytes(), lines.get(first)[0], lines.get(last)[1]));
        }
    },
    COPY_LINES {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            List<int[]> lines = Bytes.lines(in.bytes());
            if (lines.isEmpty()) {
                return in;
            }
            int first = r.nextInt(lines.size());
            int last = Math.min(lines.size() - 1, first + r.nextInt(4));
            // Mostly right after themselves (a duplicated key or item), sometimes anywhere (a bad paste).
            int to = r.nextInt(3) > 0 ? last + 1 : r.nextInt(lines.size() + 1);
            int at = to == lines.size() ? in.bytes().length : lines.get(to)[0];
            byte[] copied = Bytes.slice(in.bytes(), lines.get(first)[0], lines.get(last)[1]);
            return in.then("copy lines " + (first + 1) + "-" + (last + 1) + " before line " + (to + 1),
                    Bytes.insert(in.bytes(), at, copied));
        }
    },
    REINDENT_LINE {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            List<int[]> lines = Bytes.lines(in.bytes());
            if (lines.isEmpty()) {
                return in;
            }
            int line = r.nextInt(lines.size());
            int start = lines.get(line)[0];
            int indent = 0;
            while (start + indent < lines.get(line)[1] && in.bytes()[start + indent] == ' ') {
                indent++;
            }
            String by = pick(r, List.of("", " ", "  ", "   ", "\t", "  \t", " ".repeat(indent + 2)));
            return in.then("indent line " + (line + 1) + " by " + Escaped.of(by),
                    Bytes.replace(in.bytes(), start, start + indent, Bytes.utf8(by)));
        }
    },
    INSERT_TOKEN {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            // Now and then the other language's tokens: a DRL keyword in YAML, a YAML anchor in DRL.
            List<String> tokens = r.nextInt(5) == 0 ? language.other().tokens() : language.tokens();
            return insert(in, r, pick(r, tokens));
        }
    },
    INSERT_CONTROL {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            return insert(in, r, pick(r, Specials.CONTROLS));
        }
    },
    INSERT_INVALID_UTF8 {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            byte[] bytes = Specials.INVALID_UTF8.get(r.nextInt(Specials.INVALID_UTF8.size()));
            int at = r.nextInt(in.bytes().length + 1);
            return in.then("insert the bytes " + Escaped.of(bytes) + " at byte " + at, Bytes.insert(in.bytes(), at, bytes));
        }
    },
    REPLACE_VALUE {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            List<int[]> candidates = Bytes.lines(in.bytes()).stream().filter(l -> valueStart(in.bytes(), l, language) >= 0).toList();
            if (candidates.isEmpty()) {
                return in;
            }
            int[] line = candidates.get(r.nextInt(candidates.size()));
            int from = valueStart(in.bytes(), line, language);
            int to = valueEnd(in.bytes(), from, line, language);
            String value = pick(r, Specials.VALUES);
            return in.then("replace " + Escaped.of(Bytes.slice(in.bytes(), from, to)) + " by " + Escaped.of(value),
                    Bytes.replace(in.bytes(), from, to, Bytes.utf8(value)));
        }
    },
    LONG_LINE {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            String unit = pick(r, List.of("a", "9", " ", "é", "\ud83d\ude00", "a: ", "[a, ", "- ", "\t", "(", "x && "));
            int times = 1 << (10 + r.nextInt(8));
            return insert(in, r, unit.repeat(times), Escaped.of(unit) + " x " + times);
        }
    },
    DEEP_NESTING {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            String open = pick(r, language == Language.YAML ? List.of("[", "{", "{a: ", "[{a: ", "- ") : List.of("(", "{", "not (", "[", "eval("));
            String close = switch (open) {
                case "[", "[{a: " -> open.equals("[") ? "]" : "}]";
                case "{", "{a: " -> "}";
                case "(", "not (", "eval(" -> ")";
                default -> "";
            };
            int depth = 1 << (5 + r.nextInt(10));
            boolean closed = r.nextBoolean();
            String nest = open.repeat(depth) + (closed ? "x" + close.repeat(depth) : "");
            return insert(in, r, nest, Escaped.of(open) + " x " + depth + (closed ? " closed" : ""));
        }
    },
    ALIAS_FAN_OUT {
        @Override
        FuzzInput apply(FuzzInput in, SplittableRandom r, Language language) {
            // Ten levels of ten aliases each: a billion leaves if anything expands them.
            StringBuilder laughs = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
            for (int level = 1; level < 10; level++) {
                String previous = "*l" + (level - 1);
                laughs.append("l").append(level).append(": &l").append(level).append(" [")
                        .append(String.join(", ", Collections.nCopies(10, previous))).append("]\n");
            }
            FuzzInput prefixed = in.then("prepend ten levels of ten aliases", Bytes.insert(in.bytes(), 0, Bytes.utf8(laughs.toString())));
            List<int[]> lines = Bytes.lines(prefixed.bytes());
            List<Integer> candidates = IntStream.range(0, lines.size())
                    .filter(i -> lines.get(i)[0] >= laughs.length() && valueStart(prefixed.bytes(), lines.get(i), Language.YAML) >= 0)
                    .boxed().toList();
            if (candidates.isEmpty()) {
                return prefixed;
            }
            int line = candidates.get(r.nextInt(candidates.size()));
            int from = valueStart(prefixed.bytes(), lines.get(line), Language.YAML);
            int to = valueEnd(prefixed.bytes(), from, lines.get(line), Language.YAML);
            return prefixed.then("use *l9 as the value on line " + (line + 1), Bytes.replace(prefixed.bytes(), from, to, Bytes.utf8("*l9")));
        }
    };

    abstract FuzzInput apply(FuzzInput in, SplittableRandom r, Language language);

    static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static FuzzInput insert(FuzzInput in, SplittableRandom r, String what) {
        return insert(in, r, what, Escaped.of(what));
    }

    private static FuzzInput insert(FuzzInput in, SplittableRandom r, String what, String shown) {
        int at = r.nextInt(in.bytes().length + 1);
        return in.then("insert " + shown + " at byte " + at, Bytes.insert(in.bytes(), at, Bytes.utf8(what)));
    }

    /** Where the value of a {@code key: value} line (YAML) or the first number or string (DRL) starts; -1 if none. */
    private static int valueStart(byte[] in, int[] line, Language language) {
        for (int i = line[0]; i < line[1] - 1; i++) {
            if (language == Language.YAML && in[i] == ':' && in[i + 1] == ' ' && i + 2 < line[1] && in[i + 2] != '\n') {
                return i + 2;
            }
            if (language == Language.DRL && (Character.isDigit(in[i]) || in[i] == '"')) {
                return i;
            }
        }
        return -1;
    }

    private static int valueEnd(byte[] in, int from, int[] line, Language language) {
        int end = line[1];
        while (end > from && (in[end - 1] == '\n' || in[end - 1] == '\r')) {
            end--;
        }
        if (language == Language.YAML) {
            return end;
        }
        int i = from + 1;
        if (in[from] == '"') {
            while (i < end && in[i] != '"') {
                i++;
            }
            return Math.min(end, i + 1);
        }
        while (i < end && (Character.isDigit(in[i]) || in[i] == '.' || in[i] == '_')) {
            i++;
        }
        return i;
    }
}
