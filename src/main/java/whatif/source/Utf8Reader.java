package whatif.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a text file as strict UTF-8, so that a file in another encoding is reported at the first
 * byte that is not UTF-8 rather than read as something else. A byte-order mark is allowed and
 * dropped: editors show none, so columns count as they do.
 */
public final class Utf8Reader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Reader() {
    }

    /** The text, or the diagnostic that says why there is none. */
    public record Decoded(Optional<String> text, Optional<Diagnostic> problem) {
        public Decoded {
            if (text.isPresent() == problem.isPresent()) {
                throw new IllegalArgumentException("a text or a problem, not both or neither");
            }
        }

        static Decoded of(String text) {
            return new Decoded(Optional.of(text), Optional.empty());
        }

        static Decoded failed(Diagnostic problem) {
            return new Decoded(Optional.empty(), Optional.of(problem));
        }
    }

    public static Decoded read(Path file) {
        try {
            return decode(Files.readAllBytes(file), file);
        } catch (IOException e) {
            return Decoded.failed(FileProblems.unreadable(file, e, true));
        }
    }

    public static Decoded decode(byte[] bytes, Path file) {
        Objects.requireNonNull(file, "file");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isUnderflow() && !result.isError()) {
            throw new IllegalStateException("UTF-8 decoding of " + bytes.length + " bytes ended with " + result);
        }
        String decoded = withoutByteOrderMark(out.flip().toString());
        if (result.isError()) {
            return Decoded.failed(notUtf8(file, bytes, in.position(), decoded));
        }
        return Decoded.of(decoded);
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** {@code before} is the text decoded up to the bad byte, which tells its line and column. */
    private static Diagnostic notUtf8(Path file, byte[] bytes, int at, String before) {
        Position where = TextPosition.of(before, before.length());
        int bad = bytes[at] & 0xFF;
        boolean utf16 = at == 0 && bytes.length >= 2 && (bad == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || bad == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        return Diagnostic.error(DiagnosticCode.UNREADABLE_FILE, Span.of(file, where.line(), where.column(), 1),
                        String.format("the file is not UTF-8: byte 0x%02X cannot be read as text", bad))
                .withLabel(utf16 ? "a UTF-16 byte-order mark: the file is UTF-16"
                        : String.format("byte 0x%02X is not UTF-8 here", bad))
                .withHint("save the file as UTF-8 (a byte-order mark is allowed); whatif reads no other encoding");
    }
}
