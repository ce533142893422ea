package whatif.rulebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a compiled rule book is kept under: a SHA-256 of the rule files (their paths as given,
 * which every diagnostic and rule carries, and their texts, in compile order) and of the
 * {@link CompilerIdentity}. Equal keys mean compiling would give the same rule book.
 */
record RuleBookKey(String hex) {
    RuleBookKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + hex);
        }
    }

    static RuleBookKey of(List<RuleSource> sources, CompilerIdentity identity) {
        MessageDigest digest = sha256();
        // Each part is length-prefixed, so that no two different inputs can run together into one.
        add(digest, RuleBookArchive.FORMAT_NAME);
        add(digest, identity.whatif());
        add(digest, identity.drools());
        add(digest, identity.java());
        add(digest, Integer.toString(sources.size()));
        for (RuleSource source : sources) {
            add(digest, source.path().toString());
            add(digest, source.text());
        }
        return new RuleBookKey(HexFormat.of().formatHex(digest.digest()));
    }

    private static void add(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
