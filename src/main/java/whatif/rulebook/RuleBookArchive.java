package whatif.rulebook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import whatif.source.Diagnostic;
import whatif.source.Position;
import whatif.source.Severity;
import whatif.source.Span;

/**
 * A compiled rule book as the bytes of one cache entry, and back: everything a {@link Compilation}
 * that has a rule book carries, except what its caller already has (the DRL texts, which the key
 * covers) and what is derived again from the KieBase (the fields of each fact type).
 *
 * <p>An entry is a header line naming the format, the key it was written for, the body's length
 * and SHA-256, then the body. Reading checks all four before it deserialises anything, so a
 * truncated, corrupted or foreign file is refused rather than half read.
 */
final class RuleBookArchive {
    /** Names the layout below; a new layout gets a new name, and so new keys. */
    static final String FORMAT_NAME = "whatif-rulebook-1";
    private static final byte[] HEADER = (FORMAT_NAME + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 64;
    private static final int DIGEST_LENGTH = 32;

    private RuleBookArchive() {
    }

    static byte[] write(RuleBookKey key, Compilation compilation) throws IOException {
        RuleBook book = compilation.ruleBook().orElseThrow(() -> new IllegalArgumentException("no rule book to keep"));
        ByteArrayOutputStream written = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(written);
        List<RuleSource> sources = book.drl();
        out.writeInt(sources.size());
        for (RuleSource source : sources) {
            writeString(out, source.path().toString());
        }
        writeDiagnostics(out, compilation.diagnostics());
        writeTypes(out, book.factTypes());
        writeRules(out, book.rules(), sources);
        KieBaseArchive.write(book.kieBase(), out);
        out.flush();
        byte[] body = written.toByteArray();
        ByteArrayOutputStream entry = new ByteArrayOutputStream(body.length + 256);
        entry.write(HEADER);
        entry.write(key.hex().getBytes(StandardCharsets.US_ASCII));
        entry.write(ByteBuffer.allocate(Long.BYTES).putLong(body.length).array());
        entry.write(RuleBookKey.sha256().digest(body));
        entry.write(body);
        return entry.toByteArray();
    }

    /** The compilation kept in {@code entry}, for {@code sources}; any problem is an {@link IOException} saying which. */
    static Compilation read(byte[] entry, RuleBookKey key, List<RuleSource> sources) throws IOException {
        byte[] body = checkedBody(entry, key);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        int count = in.readInt();
        if (count != sources.size()) {
            throw new IOException("it was written for " + count + " rule files, not " + sources.size());
        }
        for (RuleSource source : sources) {
            String path = readString(in);
            if (!path.equals(source.path().toString())) {
                throw new IOException("it was written for `" + path + "`, not `" + source.path() + "`");
            }
        }
        List<Diagnostic> diagnostics = readDiagnostics(in);
        List<TypeEntry> types = readTypes(in);
        List<RuleInfo> rules = readRules(in, sources);
        KieBase kieBase;
        try {
            kieBase = KieBaseArchive.read(in);
        } catch (ClassNotFoundException e) {
            throw new IOException("a class it needs is missing: " + e.getMessage(), e);
        }
        if (in.read() != -1) {
            throw new IOException("it has bytes past its end");
        }
        FactTypes factTypes = new FactTypes(typesOf(kieBase, types));
        return new Compilation(Optional.of(new RuleBook(kieBase, factTypes, rules, sources)), diagnostics);
    }

    private static byte[] checkedBody(byte[] entry, RuleBookKey key) throws IOException {
        int headerEnd = HEADER.length + KEY_LENGTH + Long.BYTES + DIGEST_LENGTH;
        if (entry.length < headerEnd || !Arrays.equals(entry, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new IOException("it is not a `" + FORMAT_NAME + "` file");
        }
        String written = new String(entry, HEADER.length, KEY_LENGTH, StandardCharsets.US_ASCII);
        if (!written.equals(key.hex())) {
            throw new IOException("it was written for another key");
        }
        long length = ByteBuffer.wrap(entry, HEADER.length + KEY_LENGTH, Long.BYTES).getLong();
        if (length != entry.length - headerEnd) {
            throw new IOException("it is " + (entry.length - headerEnd) + " bytes long, not " + length + " (truncated?)");
        }
        byte[] body = Arrays.copyOfRange(entry, headerEnd, entry.length);
        byte[] digest = Arrays.copyOfRange(entry, headerEnd - DIGEST_LENGTH, headerEnd);
        if (!MessageDigest.isEqual(digest, RuleBookKey.sha256().digest(body))) {
            throw new IOException("its checksum does not match its content");
        }
        return body;
    }

    private static void writeDiagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            writeString(out, d.severity().name());
            writeString(out, d.code());
            writeString(out, d.span().file().toString());
            out.writeInt(d.span().start().line());
            out.writeInt(d.span().start().column());
            out.writeInt(d.span().end().line());
            out.writeInt(d.span().end().column());
            writeString(out, d.message());
            writeString(out, d.label());
            writeString(out, d.hint());
        }
    }

    private static List<Diagnostic> readDiagnostics(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Severity severity = Severity.valueOf(readString(in));
            String code = readString(in);
            Path file = Path.of(readString(in));
            Span span = new Span(file, Position.of(in.readInt(), in.readInt()), Position.of(in.readInt(), in.readInt()));
            diagnostics.add(new Diagnostic(severity, code, span, readString(in), readString(in), readString(in)));
        }
        return diagnostics;
    }

    /** A declared type as kept: its fields and {@link FactType} come from the KieBase it is read with. */
    private record TypeEntry(String name, String packageName, boolean isEvent) {
    }

    private static void writeTypes(DataOutputStream out, FactTypes types) throws IOException {
        out.writeInt(types.types().size());
        for (DeclaredType type : types.types()) {
            writeString(out, type.name());
            writeString(out, type.packageName());
            out.writeBoolean(type.isEvent());
        }
    }

    private static List<TypeEntry> readTypes(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<TypeEntry> types = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            types.add(new TypeEntry(readString(in), readString(in), in.readBoolean()));
        }
        return types;
    }

    private static List<DeclaredType> typesOf(KieBase kieBase, List<TypeEntry> entries) throws IOException {
        List<DeclaredType> types = new ArrayList<>();
        for (TypeEntry entry : entries) {
            FactType factType = kieBase.getFactType(entry.packageName(), entry.name());
            if (factType == null) {
                throw new IOException("its rules do not declare `" + entry.packageName() + "." + entry.name() + "`");
            }
            // As RuleBookCompiler reads them, so that both give the same fields in the same order.
            List<DeclaredField> fields = factType.getFields().stream()
                    .map((FactField f) -> new DeclaredField(f.getName(), f.getType()))
                    .toList();
            types.add(new DeclaredType(entry.name(), entry.packageName(), fields, entry.isEvent(), factType));
        }
        return types;
    }

    private static void writeRules(DataOutputStream out, List<RuleInfo> rules, List<RuleSource> sources) throws IOException {
        List<Path> files = sources.stream().map(RuleSource::path).toList();
        out.writeInt(rules.size());
        for (RuleInfo rule : rules) {
            writeString(out, rule.name());
            writeString(out, rule.packageName());
            int file = files.indexOf(rule.file());
            if (file < 0) {
                throw new IOException("rule `" + rule.name() + "` is in no file of the rule book");
            }
            out.writeInt(file);
            out.writeInt(rule.line());
            out.writeInt(rule.column());
            out.writeInt(rule.metadata().size());
            for (Map.Entry<String, String> item : rule.metadata().entrySet()) {
                writeString(out, item.getKey());
                writeString(out, item.getValue());
            }
        }
    }

    private static List<RuleInfo> readRules(DataInputStream in, List<RuleSource> sources) throws IOException {
        int count = in.readInt();
        List<RuleInfo> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = readString(in);
            String packageName = readString(in);
            int file = in.readInt();
            if (file < 0 || file >= sources.size()) {
                throw new IOException("rule `" + name + "` is in no file of the rule book");
            }
            int line = in.readInt();
            int column = in.readInt();
            int items = in.readInt();
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int j = 0; j < items; j++) {
                metadata.put(readString(in), readString(in));
            }
            rules.add(new RuleInfo(name, packageName, sources.get(file).path(), line, metadata, column));
        }
        return rules;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a text in it runs past its end");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
