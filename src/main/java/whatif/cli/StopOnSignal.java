package whatif.cli;

import org.jline.utils.Signals;

/**
 * While open, Ctrl-C (SIGINT) and SIGTERM call {@code stop} instead of ending the JVM, so that a
 * command can end its work cleanly (a sweep writes whole rows and flushes them) and return its own
 * exit code. Without it the JVM would run its shutdown hooks and exit while rows are half written.
 * Closing puts the previous handlers back. JLine's {@code Signals} does the registering (through
 * the JDK's {@code sun.misc.Signal}, without compiling against it).
 */
final class StopOnSignal implements AutoCloseable {
    private static final String[] SIGNALS = {"INT", "TERM"};
    private final Object[] previous = new Object[SIGNALS.length];

    private StopOnSignal() {
    }

    static StopOnSignal install(Runnable stop) {
        StopOnSignal installed = new StopOnSignal();
        for (int i = 0; i < SIGNALS.length; i++) {
            // null where the signal cannot be handled (a JVM run with -Xrs): its default stays.
            installed.previous[i] = Signals.register(SIGNALS[i], stop);
        }
        return installed;
    }

    @Override
    public void close() {
        for (int i = 0; i < SIGNALS.length; i++) {
            if (previous[i] != null) {
                Signals.unregister(SIGNALS[i], previous[i]);
            }
        }
    }
}
