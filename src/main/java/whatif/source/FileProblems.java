package whatif.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** The diagnostics for paths that cannot be read, each naming the path and why. */
final class FileProblems {
    private FileProblems() {
    }

    /**
     * A path that could not be read: a folder that cannot be listed, a file that cannot be opened,
     * a link whose target is missing. One path for them all, so that a test of the one that can
     * be made to fail anywhere (a broken link; root reads every folder) tests the others.
     *
     * @param asked whether the path was wanted (named, of the kind looked for, or a folder);
     *              if not, it is a warning: it may have been nothing of ours
     */
    static Diagnostic unreadable(Path path, IOException e, boolean asked) {
        Optional<String> target = linkTarget(path);
        String why = target.map(t -> "it links to `" + t + "`, which "
                        + (e instanceof NoSuchFileException ? "does not exist" : "cannot be read: " + IoReason.of(e)))
                .orElse(IoReason.of(e));
        String kind = Files.isDirectory(path) ? "folder" : "file";
        String label = !asked ? "not followed"
                : target.map(t -> "expected a file or folder at `" + t + "`").orElse("expected a " + kind + " whatif can read");
        return new Diagnostic(asked ? Severity.ERROR : Severity.WARNING, DiagnosticCode.UNREADABLE_FILE.id(),
                Span.wholeFile(path), "cannot read " + (kind.equals("folder") ? "folder " : "") + quoted(path) + ": " + why,
                label, target.isPresent() ? "point the link at a file or folder that exists, or remove it"
                        : "check that you may read it; the other files were read");
    }

    /** A link to a folder it is in: following it would read the same files without end. */
    static Diagnostic loop(Path link, Optional<Path> ancestor) {
        String folder = ancestor.map(FileProblems::quoted).orElse("`" + linkTarget(link).orElse("?") + "`");
        return new Diagnostic(Severity.WARNING, DiagnosticCode.LINK_LOOP.id(), Span.wholeFile(link),
                "symbolic link " + quoted(link) + " leads back to " + folder + ", a folder it is in",
                "not followed: the files under " + folder + " are read once",
                "remove the link, or point it at a folder outside " + folder);
    }

    private static Optional<String> linkTarget(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(VisibleText.of(Files.readSymbolicLink(path).toString()));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("?");
        }
    }

    static String quoted(Path path) {
        return "`" + VisibleText.of(path.toString()) + "`";
    }
}
