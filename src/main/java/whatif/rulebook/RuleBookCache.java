package whatif.rulebook;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder of compiled rule books, one file per {@link RuleBookKey}. Entries are written whole to
 * a temporary file and moved into place, so a process reading while another writes sees the old
 * entry, the new one or none, never part of one. Any problem reading an entry makes it a miss
 * with a reason, never a wrong rule book; the next compilation writes over it. The most recently
 * used entries are kept ({@value #KEPT}), older ones deleted.
 *
 * <p>An entry is deserialised Java: the folder is created readable by its owner only, and must
 * not be writable by anyone the user does not trust.
 */
public final class RuleBookCache {
    static final int KEPT = 16;
    private static final String SUFFIX = ".rulebook";
    private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

    private final Path folder;

    public RuleBookCache(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /**
     * What the cache holds for {@code key}: a compilation, nothing, or nothing with the reason an
     * entry that was there could not be used.
     */
    record Lookup(Optional<Compilation> compilation, Optional<String> problem) {
        static Lookup miss() {
            return new Lookup(Optional.empty(), Optional.empty());
        }
    }

    Lookup find(RuleBookKey key, List<RuleSource> sources) {
        Path entry = entryOf(key);
        if (!Files.isDirectory(folder)) {
            return Lookup.miss(); // nothing kept yet; keeping will say why if the folder cannot be made
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return Lookup.miss();
        } catch (IOException | RuntimeException e) {
            return unusable(entry, "it cannot be read: " + reasonOf(e));
        }
        try {
            Compilation compilation = RuleBookArchive.read(bytes, key, sources);
            markUsed(entry);
            return new Lookup(Optional.of(compilation), Optional.empty());
        } catch (IOException e) {
            return unusable(entry, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // Drools' own reading failed (a class changed shape, a package did not wire up).
            return unusable(entry, e.toString());
        }
    }

    private static Lookup unusable(Path entry, String reason) {
        return new Lookup(Optional.empty(), Optional.of("ignored the cached rule book `" + entry + "`: " + reason));
    }

    /** Keeps {@code compilation} under {@code key}; the reason it could not, if it could not. */
    Optional<String> keep(RuleBookKey key, Compilation compilation) {
        Path temporary = null;
        try {
            byte[] bytes = RuleBookArchive.write(key, compilation);
            createFolder();
            temporary = Files.createTempFile(folder, key.hex() + ".", ".tmp");
            Files.write(temporary, bytes);
            moveIntoPlace(temporary, entryOf(key));
            temporary = null;
            prune();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("could not keep the compiled rules in `" + folder + "`: " + reasonOf(e));
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static String reasonOf(Exception e) {
        return e instanceof FileSystemException problem && problem.getReason() != null
                ? problem.getFile() + ": " + problem.getReason() : e.toString();
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder); // not a POSIX file system: its own defaults
        } catch (FileAlreadyExistsException e) {
            // another process made it meanwhile
        }
    }

    private static void moveIntoPlace(Path temporary, Path entry) throws IOException {
        try {
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of `" + entry.getParent() + "` cannot replace a file atomically", e);
        }
    }

    private Path entryOf(RuleBookKey key) {
        return folder.resolve(key.hex() + SUFFIX);
    }

    private static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache still serves; it only forgets which entry was used last
        }
    }

    /** Deletes all but the {@value #KEPT} most recently used entries, and temporary files left by killed processes. */
    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        Instant staleBefore = Instant.now().minus(STALE_TEMPORARY);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    entries.add(file);
                } else if (name.endsWith(".tmp") && modified(file).toInstant().isBefore(staleBefore)) {
                    deleteQuietly(file);
                }
            }
        }
        entries.sort(Comparator.comparing(RuleBookCache::modified).reversed());
        entries.stream().skip(KEPT).forEach(RuleBookCache::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone already: first to be pruned
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for a later prune
        }
    }
}
