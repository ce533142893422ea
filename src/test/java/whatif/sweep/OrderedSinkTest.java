package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderedSinkTest {
    private final StringWriter out = new StringWriter();
    private final RowWriter writer = RowFormat.CSV.writer(out);

    private static List<List<Object>> rows(long task) {
        return List.of(List.of(task, "x"));
    }

    @Test
    void rowsOfTasksFinishedOutOfOrderAreWrittenInTaskOrder() throws Exception {
        writer.header(List.of("task", "v"));
        OrderedSink sink = new OrderedSink(writer, 4);

        sink.accept(2, rows(2));
        sink.accept(1, rows(1));
        sink.flush();
        assertThat(out.toString()).isEqualTo("task,v\n");

        sink.accept(0, rows(0));
        sink.flush();
        assertThat(out.toString()).isEqualTo("task,v\n0,x\n1,x\n2,x\n");
        assertThat(sink.tasksWritten()).isEqualTo(3);
    }

    @Test
    void aTaskAWholeWindowAheadWaitsUntilTheWriterCatchesUp() throws Exception {
        writer.header(List.of("task", "v"));
        OrderedSink sink = new OrderedSink(writer, 2);
        Thread ahead = new Thread(() -> {
            try {
                sink.accept(2, rows(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ahead.start();

        ahead.join(200);
        assertThat(ahead.isAlive()).as("task 2 waits for task 0").isTrue();
        sink.accept(0, rows(0));
        sink.accept(1, rows(1));
        ahead.join(TimeUnit.SECONDS.toMillis(10));
        sink.flush();
        assertThat(ahead.isAlive()).isFalse();
        assertThat(out.toString()).isEqualTo("task,v\n0,x\n1,x\n2,x\n");
    }

    @Test
    void onceStoppedNothingMoreIsWrittenAndWaitingWorkersGiveUp() throws Exception {
        writer.header(List.of("task", "v"));
        OrderedSink sink = new OrderedSink(writer, 1);
        sink.accept(0, rows(0));
        boolean[] taken = {true};
        Thread ahead = new Thread(() -> {
            try {
                taken[0] = sink.accept(2, rows(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ahead.start();

        sink.stop();
        ahead.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(sink.accept(1, rows(1))).isFalse();
        sink.flush();
        assertThat(taken[0]).isFalse();
        assertThat(out.toString()).isEqualTo("task,v\n0,x\n");
    }
}
