package whatif.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Objects;
import java.util.stream.Stream;
import org.drools.base.util.Drools;

/**
 * Everything besides the rule files that decides what compiling them gives, so that a rule book
 * kept from another build is never taken for this one's: whatif's build, Drools' version and the JVM.
 *
 * @param whatif whatif's version and a stamp of its build (the size and time of its jar or class
 *               files), since a development build keeps one version number across changes
 */
record CompilerIdentity(String whatif, String drools, String java) {
    CompilerIdentity {
        Objects.requireNonNull(whatif, "whatif");
        Objects.requireNonNull(drools, "drools");
        Objects.requireNonNull(java, "java");
    }

    private static final class Current {
        // Computed once per JVM: a build does not change under a running process.
        static final CompilerIdentity IDENTITY = new CompilerIdentity(whatifBuild(), Drools.getFullVersion(),
                System.getProperty("java.vm.vendor") + " " + Runtime.version());
    }

    static CompilerIdentity current() {
        return Current.IDENTITY;
    }

    private static String whatifBuild() {
        String version = RuleBook.class.getPackage().getImplementationVersion();
        return (version == null ? "development" : version) + " " + buildStamp();
    }

    /** Size and modification time of the jar whatif runs from, or of the newest class file of its folder. */
    private static String buildStamp() {
        try {
            CodeSource code = RuleBook.class.getProtectionDomain().getCodeSource();
            if (code == null) {
                return unknownBuild();
            }
            Path location = Path.of(code.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
                return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
            }
            try (Stream<Path> files = Files.walk(location)) {
                // A sum, so that the order the folder lists its files in does not matter.
                return "classes " + files.filter(Files::isRegularFile).mapToLong(CompilerIdentity::stampOf).sum();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return unknownBuild();
        }
    }

    private static long stampOf(Path file) {
        try {
            return (file.toString().hashCode() * 1_000_003L + Files.size(file)) * 1_000_003L
                    + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build that cannot be told from another: its rule books are kept for this process only. */
    private static String unknownBuild() {
        return "unknown, process " + ProcessHandle.current().pid();
    }
}
