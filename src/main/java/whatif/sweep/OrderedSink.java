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
    private long next;
    private long rowsWritten;
    private boolean stopped;

    OrderedSink(RowWriter writer, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        this.writer = writer;
        this.window = window;
    }

    /**
     * The rows of task {@code task}; waits while it is a whole window ahead of the writer.
     *
     * @return false once the sink is stopped: the rows were not taken
     */
    @Override
    public synchronized boolean accept(long task, List<List<Object>> rows) throws InterruptedException {
        while (!stopped && task >= next + window) {
            wait();
        }
        if (stopped) {
            return false;
        }
        waiting.put(task, rows);
        boolean wrote = false;
        while (waiting.containsKey(next)) {
            write(waiting.remove(next));
            next++;
            wrote = true;
        }
        if (wrote) {
            notifyAll();
        }
        return true;
    }

    /** Nothing more is written; workers waiting for room give up. */
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

    synchronized long rowsWritten() {
        return rowsWritten;
    }

    synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(List<List<Object>> rows) {
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
