package whatif.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds the files under folders as a person browsing them sees them: symbolic links are followed,
 * since a linked folder's files are there to be read; a link that leads back into a folder it is
 * in is reported and not followed again; a folder or link that cannot be read is reported where
 * it is, and the rest is still found. The files come sorted, each once, even when links reach
 * one file by two paths.
 */
public final class FileFinder {
    private FileFinder() {
    }

    /** The files found, and the paths that could not be read (errors) or were not followed (warnings). */
    public record Found(List<Path> files, List<Diagnostic> diagnostics) {
        public Found {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The {@code wanted} files under each start. A start that is itself a file is found whatever
     * its name: it was asked for by name.
     */
    public static Found find(List<Path> starts, Predicate<Path> wanted) {
        TreeSet<Path> files = new TreeSet<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path start : starts) {
            Collector collector = new Collector(start, wanted);
            try {
                Files.walkFileTree(start, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
            } catch (IOException e) {
                // The collector never throws; only the walk's start can fail this way.
                diagnostics.add(FileProblems.unreadable(start, e, true));
            }
            files.addAll(collector.files);
            diagnostics.addAll(collector.diagnostics);
        }
        // The walk follows the order the file system lists folders in; the report must not.
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.span().file()).thenComparing(Diagnostic::message));
        return new Found(onePathPerFile(files), diagnostics);
    }

    /** The first path (in sorted order) of each file, so that no file is read twice. */
    private static List<Path> onePathPerFile(TreeSet<Path> files) {
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path file : files) {
            if (seen.add(realPath(file))) {
                out.add(file);
            }
        }
        return out;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Collects one start's files; never stops the walk. */
    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path start;
        private final Predicate<Path> wanted;
        private final List<Path> files = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final Deque<Path> openFolders = new ArrayDeque<>();

        Collector(Path start, Predicate<Path> wanted) {
            this.start = start;
            this.wanted = wanted;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            openFolders.push(dir);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            boolean asked = file.equals(start) || wanted.test(file);
            if (attrs.isSymbolicLink()) {
                // Following links, the walk shows a link itself only when its target cannot be read.
                diagnostics.add(FileProblems.unreadable(file, whyNotFollowed(file), asked));
            } else if (attrs.isRegularFile() && asked) {
                files.add(file.normalize());
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            diagnostics.add(e instanceof FileSystemLoopException
                    ? FileProblems.loop(file, openFolders.stream().filter(folder -> isSameFile(folder, file)).findFirst())
                    : FileProblems.unreadable(file, e, true));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            openFolders.pop();
            if (e != null) {
                diagnostics.add(FileProblems.unreadable(dir, e, true));
            }
            return FileVisitResult.CONTINUE;
        }

        /** The walk does not say why it could not follow a link: following it again does. */
        private static IOException whyNotFollowed(Path link) {
            try {
                Files.readAttributes(link, BasicFileAttributes.class);
                return new IOException("it changed while being read");
            } catch (IOException e) {
                return e;
            }
        }

        private static boolean isSameFile(Path a, Path b) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }
    }
}
