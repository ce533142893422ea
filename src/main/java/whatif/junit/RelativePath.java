package whatif.junit;

import java.io.File;
import java.nio.file.Path;

/** Paths as the user knows them: relative to the working folder when they are under it. */
final class RelativePath {
    private RelativePath() {
    }

    static Path of(Path path) {
        Path folder = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(folder) && !absolute.equals(folder) ? folder.relativize(absolute) : absolute;
    }

    /** With {@code /} on every system, as display names and unique ids show it. */
    static String text(Path path) {
        return of(path).toString().replace(File.separatorChar, '/');
    }
}
