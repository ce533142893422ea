package whatif.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import whatif.sweep.Sweep;

/**
 * A progress bar on standard error (me.tongfei:progressbar) for a sweep that runs more than a
 * second, when the process's standard error is a terminal; nothing otherwise, so that redirected
 * output, CI and tests (whose standard error is a pipe) see no bar.
 */
final class SweepProgressBar implements AutoCloseable {
    private static final long DELAY_MS = 1000;
    private final ScheduledExecutorService ticker;
    private final Sweep sweep;
    private ProgressBar bar;

    private SweepProgressBar(ScheduledExecutorService ticker, Sweep sweep) {
        this.ticker = ticker;
        this.sweep = sweep;
    }

    static SweepProgressBar start(Sweep sweep) {
        if (!isProcessTerminal()) {
            return new SweepProgressBar(null, sweep);
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "whatif-sweep-progress");
            thread.setDaemon(true);
            return thread;
        });
        SweepProgressBar progress = new SweepProgressBar(ticker, sweep);
        ticker.scheduleAtFixedRate(() -> progress.tick(sweep), DELAY_MS, 200, TimeUnit.MILLISECONDS);
        return progress;
    }

    private synchronized void tick(Sweep sweep) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(sweep.expectedEvaluations())
                    .setUnit(" points", 1).setStyle(ProgressBarStyle.ASCII).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build();
        }
        bar.stepTo(sweep.evaluated());
    }

    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (bar != null) {
                bar.stepTo(sweep.evaluated()); // the last state, not the last tick's
                bar.close();
            }
        }
    }

    /** Whether the process's standard error is a terminal (on Linux: fd 2 is a tty; elsewhere: there is a console). */
    private static boolean isProcessTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
