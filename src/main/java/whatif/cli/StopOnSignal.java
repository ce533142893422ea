package whatif.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While open, Ctrl-C (SIGINT) and SIGTERM call {@code stop} instead of ending the JVM, so that a
 * command can end its work cleanly (a sweep writes whole rows and flushes them) and return its own
 * exit code. Without it the JVM would run its shutdown hooks and exit while rows are half written.
 * Closing puts the JVM's own handlers back. {@code sun.misc.Signal} is the JDK's supported way
 * (module {@code jdk.unsupported}) for an application to handle a signal.
 */
final class StopOnSignal implements AutoCloseable {
    private static final String[] SIGNALS = {"INT", "TERM"};
    private final SignalHandler[] previous = new SignalHandler[SIGNALS.length];

    private StopOnSignal() {
    }

    static StopOnSignal install(Runnable stop) {
        StopOnSignal installed = new StopOnSignal();
        for (int i = 0; i < SIGNALS.length; i++) {
            try {
                installed.previous[i] = Signal.handle(new Signal(SIGNALS[i]), signal -> stop.run());
            } catch (IllegalArgumentException unavailable) {
                // A JVM started with -Xrs, or a platform without this signal: the default stays.
            }
        }
        return installed;
    }

    @Override
    public void close() {
        for (int i = 0; i < SIGNALS.length; i++) {
            if (previous[i] != null) {
                Signal.handle(new Signal(SIGNALS[i]), previous[i]);
            }
        }
    }
}
