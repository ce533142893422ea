package whatif.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's watch service through {@link FileWatcher}, on real folders. Waits are generous for a
 * loaded machine; the watcher returns as soon as it has something, so a passing test is quick.
 */
class FileWatcherTest {
    private static final Duration QUIET = Duration.ofMillis(50);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void severalWritesOfOneSaveComeAsOneChange() throws IOException, InterruptedException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path file = rules.resolve("a.drl");
        Files.writeString(file, "package a;\n");
        try (FileWatcher watcher = FileWatcher.watching(List.of(rules), WatchSession::isInputFile, QUIET)) {
            Files.writeString(file, "");
            Files.writeString(file, "package a;\n\n");

            assertThat(changesWithin(watcher)).isEqualTo(Set.of(file));
            assertThat(watcher.poll(Duration.ofMillis(300))).as("nothing more").isEmpty();
        }
    }

    @Test
    void aFolderCreatedAfterTheStartIsWatchedWithWhatWasWrittenInIt() throws IOException, InterruptedException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        try (FileWatcher watcher = FileWatcher.watching(List.of(scenarios), WatchSession::isInputFile, QUIET)) {
            Path drafts = Files.createDirectories(scenarios.resolve("drafts/2024"));
            Path early = Files.writeString(drafts.resolve("early.yaml"), "name: early\n");

            assertThat(changesWithin(watcher)).contains(scenarios.resolve("drafts"), early);

            Path late = Files.writeString(drafts.resolve("late.yaml"), "name: late\n");
            assertThat(changesWithin(watcher)).containsExactly(late);

            deleteTree(scenarios.resolve("drafts"));
            assertThat(changesWithin(watcher)).contains(scenarios.resolve("drafts"));
        }
    }

    @Test
    void otherFilesAndTheOtherFilesOfAWatchedFilesFolderAreNotReported() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        Path watched = Files.writeString(folder.resolve("one.yaml"), "name: one\n");
        try (FileWatcher watcher = FileWatcher.watching(List.of(watched), WatchSession::isInputFile, QUIET)) {
            Files.writeString(folder.resolve("other.yaml"), "name: other\n");
            Files.writeString(folder.resolve(".one.yaml.swp"), "editor state");
            Files.writeString(watched, "name: one, edited\n");

            assertThat(changesWithin(watcher)).containsExactly(watched);
        }
    }

    private static Set<Path> changesWithin(FileWatcher watcher) throws InterruptedException {
        Optional<Changes> changes = watcher.poll(PATIENCE);
        assertThat(changes).as("a change within " + PATIENCE.toSeconds() + " s").isPresent();
        assertThat(changes.get().overflowed()).isFalse();
        return new HashSet<>(changes.get().paths());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
