package whatif.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.watch.Changes;
import whatif.watch.FileWatcher;
import whatif.watch.ParallelScenarioRunner;
import whatif.watch.Pass;
import whatif.watch.PassPrinter;
import whatif.watch.WatchSession;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch the rules and scenario files and, on every save, compile and run what the change touches.",
            "A rule change recompiles the changed files and reruns every scenario; a scenario change reruns",
            "that file's scenarios. Errors are printed at file:line:column, as `check` prints them."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif watch                          rules/ and scenarios/",
            "  whatif watch --rules my-rules drafts/  other folders",
            "",
            "Ctrl-C stops it, with exit code 0; a bad file never does. Exit code 2",
            "when a path to watch does not exist."})
final class WatchCommand implements Callable<Integer> {
    /** How long the files must stay unwritten before a pass: an editor's save is several writes. */
    private static final Duration QUIET = Duration.ofMillis(50);
    /** Passes done and thrown away after the first, while nothing is saved: the first saves then find the JIT warm. */
    private static final int WARM_UPS = 3;

    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioPaths scenarioPaths;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_FIRINGS,
            description = "stop a scenario as a likely loop after N rule firings (default: ${DEFAULT-VALUE})")
    int maxFirings;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "10",
            description = "report a scenario still running after S seconds as an error (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "run scenarios on N threads (default: one per processor)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    private final PassPrinter printer = new PassPrinter();

    @Override
    public Integer call() throws IOException {
        if (maxFirings < 1 || jobs < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--max-firings, --jobs and --timeout-seconds take a number of at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> roots = new ArrayList<>(List.of(common.rules));
        roots.addAll(scenarioPaths.orDefault());
        ScenarioRunner runner = new ScenarioRunner(RunOptions.defaults().withMaxFirings(maxFirings)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)));
        try (ParallelScenarioRunner runs = new ParallelScenarioRunner(runner, jobs)) {
            WatchSession session = new WatchSession(common.rules, scenarioPaths.orDefault(), runs);
            List<Path> missing = roots.stream().filter(p -> !Files.exists(p)).toList();
            if (!missing.isEmpty()) {
                // The first pass says what is missing, as `run` would; there is nothing to watch.
                printTimed(session::start, out);
                out.println("[watch] cannot watch " + String.join(", ", missing.stream().map(p -> "`" + p + "`").toList())
                        + ": no such file or folder");
                out.flush();
                return ExitCode.INPUT;
            }
            // Watching starts before the first compilation, so that no save made during it is missed.
            try (FileWatcher watcher = FileWatcher.watching(roots, WatchSession::isInputFile, QUIET)) {
                out.println("[watch] watching " + String.join(", ", roots.stream().map(Path::toString).toList())
                        + " (Ctrl-C to stop)");
                out.flush();
                printTimed(session::start, out);
                return loop(session, watcher, out);
            }
        }
    }

    private int loop(WatchSession session, FileWatcher watcher, PrintWriter out) {
        // Ctrl-C is how a watch ends, not a failure: without this the JVM would exit with 130.
        ExitGuard.SignalEndHandle stop = ExitGuard.endOnSignal(out, "[watch] stopped", ExitCode.OK);
        try {
            int warmUps = WARM_UPS;
            while (true) {
                Optional<Changes> pending = warmUps > 0 ? watcher.poll(Duration.ZERO) : Optional.of(watcher.next());
                if (pending.isEmpty()) {
                    warmUps--;
                    session.warmUp();
                    continue;
                }
                Changes changes = pending.get();
                try {
                    printTimed(() -> session.changed(changes).orElse(null), out);
                } catch (RuntimeException e) {
                    // A bug of whatif in one pass must not end the loop the user is editing in.
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("internal error: " + e);
                    err.println("this is a bug in whatif; watch goes on; run with --verbose for the stack trace and report it");
                    if (common.verbose) {
                        e.printStackTrace(err);
                    }
                    err.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } finally {
            stop.close();
        }
    }

    /** Prints the pass, if there is one, with the time it took. */
    private void printTimed(Supplier<Pass> pass, PrintWriter out) {
        long start = System.nanoTime();
        Pass done = pass.get();
        if (done != null) {
            printer.print(done, Duration.ofNanos(System.nanoTime() - start), out);
        }
    }
}
