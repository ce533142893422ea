package whatif.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The safety net for a rule that ends the process. A consequence is Java: it can call
 * {@code System.exit(0)}, and the run would end with exit code 0 and no report, a false green.
 * While a command runs, a shutdown hook stands by; if the JVM starts shutting down before the
 * command returned its exit code, the hook says so on standard error and halts with exit code 2,
 * so that the exit code can never be 0. {@link #close} disarms it once the command returned.
 *
 * <p>A signal (Ctrl-C) also runs the hooks: then the hook only says the run was stopped and
 * leaves the exit code the signal gives (130, 143), which is not 0 either; unless the command is
 * one that a signal ends normally ({@code watch}, see {@link #endOnSignal}). What it cannot stop
 * is {@code Runtime.halt}, which runs no hook at all.
 */
final class ExitGuard implements AutoCloseable {
    /** How a command that runs until Ctrl-C ends on it: its last line and exit code; null for the others. */
    private static volatile SignalEnd signalEnd;

    private record SignalEnd(PrintWriter out, String farewell, int exitCode) {
    }

    /** Undoes {@link #endOnSignal} when closed. */
    interface SignalEndHandle extends AutoCloseable {
        @Override
        void close();
    }

    private final Thread hook;

    private ExitGuard(Thread hook) {
        this.hook = hook;
    }

    static ExitGuard arm(PrintStream err) {
        Thread hook = new Thread(() -> onShutdownDuringCommand(err), "whatif-exit-guard");
        Runtime.getRuntime().addShutdownHook(hook);
        return new ExitGuard(hook);
    }

    /**
     * Disarms the guard, so that the command's own exit code stands. If the JVM is already
     * shutting down, the hook has started and decides: the process was ended before the command
     * could hand back its code. (A rule thread still running, say after a timeout, could call
     * exit in the instant between this and {@code main}'s own exit; that window is left open.)
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs now; nothing to undo
        }
    }

    /**
     * Until the returned handle is closed, a signal ends the process with {@code exitCode} after
     * {@code farewell} is printed to {@code out}: for a command that runs until Ctrl-C, that is its
     * normal end. A rule that ends the process is still caught as above.
     */
    static SignalEndHandle endOnSignal(PrintWriter out, String farewell, int exitCode) {
        signalEnd = new SignalEnd(out, farewell, exitCode);
        return () -> signalEnd = null;
    }

    private static void onShutdownDuringCommand(PrintStream err) {
        Map<Thread, StackTraceElement[]> threads = Thread.getAllStackTraces();
        Optional<String> caller = exitCaller(threads);
        System.out.flush();
        SignalEnd end = signalEnd;
        if (caller.isEmpty() && stoppedBySignal(threads) && end != null) {
            end.out().println(end.farewell());
            end.out().flush();
            Runtime.getRuntime().halt(end.exitCode());
        }
        if (caller.isEmpty() && stoppedBySignal(threads)) {
            err.println("whatif was stopped while the run was under way: no report");
            err.flush();
            return;
        }
        err.println("error: a rule ended the process while the run was under way");
        caller.ifPresent(c -> err.println(" = note: the process was ended from `" + c + "`"));
        err.println(" = hint: rules must not call System.exit or Runtime.exit: the report is lost; exit code 2");
        err.flush();
        Runtime.getRuntime().halt(ExitCode.INPUT);
    }

    /** The first frame outside the JDK under a {@code Runtime.exit} call: the code that asked to exit. */
    static Optional<String> exitCaller(Map<Thread, StackTraceElement[]> threads) {
        for (StackTraceElement[] stack : threads.values()) {
            int exit = indexOf(stack, "java.lang.Runtime", "exit");
            if (exit >= 0) {
                return Arrays.stream(stack, exit + 1, stack.length)
                        .filter(frame -> !isJdk(frame.getClassName()))
                        .findFirst()
                        .map(frame -> frame.getClassName() + "." + frame.getMethodName());
            }
        }
        return Optional.empty();
    }

    /** The JDK runs a signal's handlers in a thread it names after the signal: {@code SIGINT handler}. */
    private static boolean stoppedBySignal(Map<Thread, StackTraceElement[]> threads) {
        return threads.keySet().stream().map(Thread::getName)
                .anyMatch(name -> name.startsWith("SIG") && name.endsWith(" handler"));
    }

    private static int indexOf(StackTraceElement[] stack, String className, String method) {
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().equals(className) && stack[i].getMethodName().equals(method)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
    }
}
