package whatif.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import whatif.cli.WhatIf;

/**
 * A whatif command run in-process, as a user runs it from a shell, on a thread of its own so
 * that one that never returns is reported and left behind instead of hanging the test run.
 */
record Command(List<String> args) {
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "whatif-fuzz-command");
        thread.setDaemon(true);
        return thread;
    });

    Command {
        args = List.copyOf(args);
    }

    static Command of(String... args) {
        return new Command(List.of(args));
    }

    /** What the command printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    /** The result, or empty if the command did not finish within {@code limit}. */
    Optional<Result> execute(Duration limit) {
        Future<Result> running = THREADS.submit(this::executeHere);
        try {
            return Optional.of(running.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            running.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            // Whatever picocli's handler lets through escaped the command: a finding, not a test error.
            Throwable cause = e.getCause();
            return Optional.of(new Result(-1, "", "escaped: " + cause.getClass().getName() + ": " + cause.getMessage()));
        }
    }

    private Result executeHere() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WhatIf.commandLine(false);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** The command line as a user would type it, for failure messages. */
    String shown() {
        return "whatif " + String.join(" ", args);
    }

    /** The command's name, for findings: `check`, `run` or `run --format json`. */
    String name() {
        return args.contains("json") ? "run --format json" : args.get(0);
    }
}
