package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine;
import whatif.scenario.ScenarioFiles;

/**
 * The file {@code -o} names, checked before anything runs and written so that it is never half
 * a report: into a temporary file beside it, then moved into place in one step. A folder, or a
 * file the run reads or would read next time (a scenario or rule file), is refused.
 */
final class ReportFile {
    private final Path target;
    private final CommandLine cli;

    private ReportFile(Path target, CommandLine cli) {
        this.target = target;
        this.cli = cli;
    }

    /** Checks that {@code target} can be a report file and creates its missing parent folders. */
    static ReportFile prepare(Path target, CommandLine cli) {
        refuseFolderAndCreateParents(target, "-o", "report", "report.txt", cli);
        return new ReportFile(target, cli);
    }

    /**
     * Checks that {@code target}, which {@code option} named for a file of this {@code kind} (a
     * report, a chart), is no folder, and creates its missing parent folders: usage errors
     * otherwise, with {@code example} as the name of a file that would do.
     */
    static void refuseFolderAndCreateParents(Path target, String option, String kind, String example, CommandLine cli) {
        if (Files.isDirectory(target)) {
            throw new UsageError(cli, "`" + option + " " + target + "` names a folder; expected the " + kind + "'s file",
                    "name a file in it, as `" + option + " " + target.resolve(example) + "`");
        }
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UsageError(cli, "cannot create the folder of `" + option + " " + target + "`: " + describe(e),
                    "check the path, or give `" + option + "` a file in a folder you can write to");
        }
    }

    /** Refuses a target that is one of the run's input files, or would be read as one next time. */
    void refuseInputs(Path rulesFolder, List<Path> scenarioPaths, List<Path> scenarioFiles) {
        for (Path input : scenarioFiles) {
            if (isSameFile(input)) {
                throw refused("is the scenario file `" + input + "`: the report would overwrite it");
            }
        }
        for (Path input : ruleFiles(rulesFolder)) {
            if (isSameFile(input)) {
                throw refused("is the rule file `" + input + "`: the report would overwrite it");
            }
        }
        if (target.getFileName().toString().endsWith(".drl") && isUnder(rulesFolder)) {
            throw refused("is a `.drl` file in the rules folder `" + rulesFolder + "`: the next run would compile the report");
        }
        for (Path folder : scenarioPaths) {
            if (ScenarioFiles.isScenarioFile(target) && Files.isDirectory(folder) && isUnder(folder)) {
                throw refused("is a scenario file in `" + folder + "`: the next run would read the report as scenarios");
            }
        }
    }

    /** A temporary file beside the target, created now, so that a path that cannot be written fails before the run. */
    Pending begin() {
        Path parent = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: its files are private (0600), and the move would keep that;
        // a file created plainly gets the permissions any other new file gets.
        Path temporary = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            return new Pending(Files.createFile(temporary));
        } catch (IOException e) {
            throw new UsageError(cli, "cannot write beside `-o " + target + "`: " + describe(e),
                    "give `-o` a file in a folder you can write to");
        }
    }

    /** The report being written; {@link #write} moves it into place, {@link #close} removes what is left. */
    final class Pending implements AutoCloseable {
        private final Path temporary;
        private boolean committed;

        private Pending(Path temporary) {
            this.temporary = temporary;
        }

        /** Writes the report into the temporary file, then moves it into place. */
        void write(Consumer<PrintWriter> report) throws IOException {
            PrintWriter writer = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
            report.accept(writer);
            writer.close();
            if (writer.checkError()) { // PrintWriter keeps write errors to itself until asked
                throw new IOException("writing `" + temporary + "` failed");
            }
            commit();
        }

        private void commit() throws IOException {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private UsageError refused(String why) {
        return new UsageError(cli, "`-o " + target + "` " + why,
                "write the report outside the rules and scenario folders, as `-o target/report.txt`");
    }

    /** An I/O failure in words: the JDK's exceptions often carry only the path. */
    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "`" + e.getMessage() + "` is in the way: it exists and is not a folder";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied: `" + e.getMessage() + "`";
        } else if (e instanceof NoSuchFileException) {
            return "`" + e.getMessage() + "` does not exist";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ": `" + fs.getFile() + "`";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private boolean isSameFile(Path input) {
        try {
            return Files.exists(target) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false; // an input that cannot be compared is not one we can overwrite either
        }
    }

    private boolean isUnder(Path folder) {
        try {
            Path realFolder = folder.toRealPath();
            Path realParent = target.toAbsolutePath().getParent().toRealPath();
            return realParent.startsWith(realFolder);
        } catch (IOException e) {
            return false; // a folder that does not exist holds no input
        }
    }

    private static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
