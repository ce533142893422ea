package whatif.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the rows of tasks finished in any order into the writer in task order. A task may finish
 * at most {@code window} tasks ahead of the first one not yet written; a worker further ahead
 * waits, so memory holds at most {@code window} tasks' rows however long the sweep. Once
 * {@link #stop()} is called nothing more is written: what was written is every row of a prefix
 * of the tasks, each row whole.
 */
final class OrderedSink implements Workers.RowSink {
    private final RowWriter writer;
    private final int window;
    private final Map<Long, List<List<Object>>> waiting = new HashMap<>();
    /** Held while rows go to the writer, and by flush: the writing, not the bookkeeping, so workers do not wait on it. */
    private final Object writing = new Object();
    private long next;
    private long rowsWritten;
    private boolean stopped;
    /** True while one worker writes the tasks that are next in order; the others only leave their rows. */
    private boolean draining;

    OrderedSink(RowWriter writer, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        this.writer = writer;
        this.window = window;
    }

    /**
     * The rows of task {@code task}; waits while it is a whole window ahead of the writer. The
     * worker whose rows are next in order writes them, and every task after them that is ready,
     * outside the lock the other workers need to leave theirs.
     *
     * @return false once the sink is stopped: the rows were not taken
     */
    @Override
    public boolean accept(long task, List<List<Object>> rows) throws InterruptedException {
        synchronized (this) {
            while (!stopped && task >= next + window) {
                wait();
            }
            if (stopped) {
                return false;
            }
            waiting.put(task, rows);
            if (draining) {
                return true;
            }
            draining = true;
        }
        drain();
        return true;
    }

    /** Writes the tasks that are next in order, one after another, until the next one is not ready. */
    private void drain() {
        while (true) {
            List<List<Object>> rows;
            synchronized (this) {
                rows = stopped ? null : waiting.remove(next);
                if (rows == null) {
                    draining = false;
                    return;
                }
            }
            write(rows);
            synchronized (this) {
                next++;
                notifyAll();
            }
        }
    }

    /** Nothing more is written after the task being written now; workers waiting for room give up. */
    @Override
    public synchronized void stop() {
        stopped = true;
        waiting.clear();
        notifyAll();
    }

    /** How many tasks have all their rows written: every task before this one, none after. */
    synchronized long tasksWritten() {
        return next;
    }

    long rowsWritten() {
        synchronized (writing) {
            return rowsWritten;
        }
    }

    void flush() {
        synchronized (writing) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void write(List<List<Object>> rows) {
        synchronized (writing) {
            try {
                for (List<Object> row : rows) {
                    writer.row(row);
                    rowsWritten++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
