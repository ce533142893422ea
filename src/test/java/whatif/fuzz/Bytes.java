package whatif.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Edits of a byte array, and its lines as byte ranges: mutations work on bytes so they can break UTF-8. */
final class Bytes {
    private Bytes() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    static byte[] delete(byte[] in, int from, int to) {
        byte[] out = new byte[in.length - (to - from)];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, to, out, from, in.length - to);
        return out;
    }

    static byte[] replace(byte[] in, int from, int to, byte[] what) {
        return insert(delete(in, from, to), from, what);
    }

    static byte[] slice(byte[] in, int from, int to) {
        return Arrays.copyOfRange(in, from, to);
    }

    /** Each line as {@code [start, end)}, its {@code \n} included, so that lines can be cut and pasted whole. */
    static List<int[]> lines(byte[] in) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < in.length) {
            lines.add(new int[] {start, in.length});
        }
        return lines;
    }

    static byte[] repeat(String unit, int times) {
        return utf8(unit.repeat(times));
    }
}
