package whatif.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches files and folders (folders recursively, new folders as they appear) with the JDK's
 * {@link WatchService}, and hands over what changed once the writing has stopped: editors save a
 * file in several writes (truncate, write, rename a temporary copy), and one pass per save is
 * enough. Only the files {@code relevant} accepts are reported, with folders created or deleted.
 */
public final class FileWatcher implements Closeable {
    /** However long the writing goes on, what changed is handed over after this long. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** Every folder ever watched: once deleted, only this tells that a path was a folder. */
    private final Set<Path> knownFolders = new HashSet<>();
    private final Set<Path> folderRoots = new LinkedHashSet<>();
    private final Set<Path> fileRoots = new LinkedHashSet<>();
    private final Predicate<Path> relevant;
    private final Duration quiet;

    private FileWatcher(WatchService service, Predicate<Path> relevant, Duration quiet) {
        this.service = service;
        this.relevant = relevant;
        this.quiet = quiet;
    }

    /**
     * Starts watching {@code roots}, each a folder or a file that exists.
     *
     * @param relevant which files count (by path); folders always do
     * @param quiet    how long no event must arrive before a batch is handed over
     */
    public static FileWatcher watching(Collection<Path> roots, Predicate<Path> relevant, Duration quiet) throws IOException {
        FileWatcher watcher = new FileWatcher(FileSystems.getDefault().newWatchService(), relevant, quiet);
        try {
            for (Path root : roots) {
                Path normal = root.normalize();
                if (Files.isDirectory(normal)) {
                    watcher.folderRoots.add(normal);
                    watcher.registerTree(normal);
                } else {
                    // A file is watched through its folder, whose other files are not reported.
                    watcher.fileRoots.add(normal);
                    Path folder = normal.getParent() == null ? Path.of("") : normal.getParent();
                    watcher.register(folder, normal.toAbsolutePath().getParent());
                }
            }
        } catch (UncheckedIOException e) {
            watcher.close();
            throw e.getCause();
        }
        return watcher;
    }

    /** Waits for changes, then for a quiet moment, and returns them. */
    public Changes next() throws InterruptedException {
        while (true) {
            Optional<Changes> changes = collectAfter(service.take());
            if (changes.isPresent()) {
                return changes.get();
            }
        }
    }

    /** As {@link #next()}, but gives up after {@code timeout} without a change (at once for zero). */
    public Optional<Changes> poll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            WatchKey key = service.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (key == null) {
                return Optional.empty();
            }
            Optional<Changes> changes = collectAfter(key);
            if (changes.isPresent()) {
                return changes;
            }
        }
    }

    private Optional<Changes> collectAfter(WatchKey first) throws InterruptedException {
        Set<Path> paths = new LinkedHashSet<>();
        boolean overflowed = collect(first, paths);
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (true) {
            long left = Math.min(quiet.toNanos(), deadline - System.nanoTime());
            WatchKey key = left > 0 ? service.poll(left, TimeUnit.NANOSECONDS) : null;
            if (key == null) {
                break;
            }
            overflowed |= collect(key, paths);
        }
        Changes changes = new Changes(paths, overflowed);
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes);
    }

    /** Adds the key's events to {@code paths}; true when events were lost. */
    private boolean collect(WatchKey key, Set<Path> paths) {
        Path folder = folders.get(key);
        boolean overflowed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                overflowed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context()).normalize();
            boolean isFolder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || knownFolders.contains(path);
            boolean counts = isFolder ? event.kind() != ENTRY_MODIFY : relevant.test(path);
            if (!counts || !isWatched(path)) {
                continue; // a folder's time stamps, an editor's swap file
            }
            paths.add(path);
            if (event.kind() == ENTRY_CREATE && isFolder) {
                // Files may be written into a new folder before it is registered: report them too.
                registerTree(path);
                filesUnder(path).filter(relevant).forEach(paths::add);
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return overflowed;
    }

    private boolean isWatched(Path path) {
        return fileRoots.contains(path) || folderRoots.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path folder) {
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(folder)) {
            tree = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException | UncheckedIOException e) {
            return; // deleted while it was walked: its parent's event reports it
        }
        tree.forEach(sub -> register(sub, sub));
    }

    private void register(Path folder, Path onDisk) {
        try {
            folders.put(onDisk.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder.normalize());
            knownFolders.add(folder.normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch `" + folder + "`: " + e.getMessage(), e);
        }
    }

    private static Stream<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(Path::normalize).toList().stream();
        } catch (IOException | UncheckedIOException e) {
            return Stream.of();
        }
    }

    /** The folders watched now, for tests and for the start-up line. */
    List<Path> folders() {
        return folders.values().stream().distinct().sorted().toList();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
