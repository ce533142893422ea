package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridSweepTest {
    private static final Function<List<Long>, String> OUTCOME = v -> v.get(0) * 7 + v.get(v.size() - 1) > 4000 ? "HIGH" : "LOW";

    private final Map<List<Long>, Integer> evaluations = new ConcurrentHashMap<>();

    private PointEvaluator.Factory counted() {
        return Axes.function(values -> {
            evaluations.merge(values, 1, Integer::sum);
            return OUTCOME.apply(values);
        });
    }

    private String rows(GridSweep sweep, Grid grid, int jobs) throws Exception {
        StringWriter out = new StringWriter();
        RowWriter writer = RowFormat.CSV.writer(out);
        writer.header(Rows.columns(grid.names(), List.of("v")));
        OrderedSink sink = new OrderedSink(writer, 8);
        new Workers(jobs, counted(), new Stop()).run(sweep.tasks(), sweep::warmUp, sweep::rows, sink);
        sink.flush();
        return out.toString();
    }

    @ParameterizedTest(name = "on {0} threads")
    @ValueSource(ints = {1, 3})
    void aSampleTakenFirstChangesNoRowAndEvaluatesNoPointTwice(int jobs) throws Exception {
        Grid grid = Axes.grid("R.range=1..500:1", "R.payload=0..3000:25");
        String unsampled = rows(new GridSweep(grid, 0), grid, 1);
        evaluations.clear();

        String sampled = rows(new GridSweep(grid, 2_000), grid, jobs);

        assertThat(sampled).isEqualTo(unsampled);
        assertThat(evaluations).as("points evaluated").hasSize((int) grid.size());
        assertThat(evaluations.values()).as("evaluations of each point").containsOnly(1);
    }

    @ParameterizedTest(name = "a grid of {0} points")
    @ValueSource(longs = {GridSweep.SAMPLED_FROM, 223_315, 1_000_000, 4_999_999})
    void theSampleLandsOnDistinctPointsAllOverTheGrid(long points) {
        List<Long> indices = LongStream.range(0, GridSweep.SAMPLE).map(i -> GridSweep.sampleIndex(i, points)).boxed().toList();

        assertThat(indices).as("indices in the grid").allMatch(i -> i >= 0 && i < points).doesNotHaveDuplicates();
        assertThat(indices.stream().map(i -> i * 10 / points).distinct()).as("tenths of the grid sampled").hasSize(10);
    }

    @ParameterizedTest(name = "a grid of {0} points")
    @ValueSource(longs = {GridSweep.SAMPLED_FROM - 1, GridSweep.SAMPLED_FROM})
    void onlyALargeGridIsSampled(long points) throws Exception {
        Grid grid = Axes.grid("R.range=1.." + points + ":1");
        GridSweep sweep = new GridSweep(grid);
        evaluations.clear();

        new Workers(1, counted(), new Stop()).run(0, sweep::warmUp, (evaluator, index, stop) -> List.of(), new OrderedSink(
                RowFormat.CSV.writer(new StringWriter()), 8));

        assertThat(evaluations).as("points evaluated before the walk")
                .hasSize(points < GridSweep.SAMPLED_FROM ? 0 : GridSweep.SAMPLE);
    }
}
