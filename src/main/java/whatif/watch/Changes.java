package whatif.watch;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the file system reported between two quiet moments: the paths written, created or deleted
 * (files, and folders created or deleted), normalized.
 *
 * @param overflowed the system dropped events, so anything may have changed
 */
public record Changes(Set<Path> paths, boolean overflowed) {
    public Changes {
        paths = Set.copyOf(new TreeSet<>(paths));
    }

    public static Changes of(Path... paths) {
        return new Changes(Set.of(paths), false);
    }

    public boolean isEmpty() {
        return paths.isEmpty() && !overflowed;
    }
}
