package whatif.watch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code whatif watch} in a child process, as a user runs it, with every line it prints and the
 * moment it was read. Shared by the test of the loop and by {@link WatchLatency}, which measures it.
 */
final class WatchProcess implements Closeable {
    /** A line the watch printed, and when ({@link System#nanoTime()}). */
    record Line(String text, long readAt) {
    }

    private final Process process;
    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private WatchProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "watch-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code whatif watch ARGS} in {@code workingDir}, on this JVM's class path. */
    static WatchProcess start(Path workingDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                // A shell that starts us in the background ignores Ctrl-C in its children, and the JVM keeps
                // an ignored SIGINT ignored: give the watch the handling a terminal gives it.
                "env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), "whatif.cli.WhatIf", "watch"));
        command.addAll(List.of(args));
        return new WatchProcess(new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start());
    }

    /** The class path as absolute paths: the child runs in another folder. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(new Line(line, System.nanoTime()));
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** The next line that matches, skipping (but keeping) those before it; fails after {@code timeout}. */
    Line await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Line line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no such line within " + timeout.toSeconds() + " s; the watch printed:\n"
                        + String.join("\n", seen));
            }
            seen.add(line.text());
            if (wanted.test(line.text())) {
                return line;
            }
        }
    }

    /** The lines up to and including the next end of a pass. */
    List<String> nextPass(Duration timeout) throws InterruptedException {
        int from = seen.size();
        await(WatchProcess::endsAPass, timeout);
        return List.copyOf(seen.subList(from, seen.size()));
    }

    static boolean endsAPass(String line) {
        return line.startsWith(PassPrinter.PREFIX) && line.endsWith("waiting for changes");
    }

    /** The CPU time the process has used, in ms, from {@code /proc} (Linux); -1 where that cannot be read. */
    long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime, fields 14 and 15
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Everything read so far. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    /** Sends what Ctrl-C sends and returns the exit code. */
    int interrupt(Duration timeout) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running " + timeout.toSeconds() + " s after SIGINT");
        }
        reader.join(timeout.toMillis()); // the last lines, printed as it stopped
        List<Line> last = new ArrayList<>();
        lines.drainTo(last);
        last.forEach(line -> seen.add(line.text()));
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
