package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AdaptiveRefinementTest {
    /** A staircase envelope: the heavier, the shorter the range allowed. */
    private static final Function<List<Long>, String> ENVELOPE = v -> {
        long range = v.get(0);
        long payload = v.get(1);
        if (range > 800) {
            return "NO";
        }
        return payload <= (range <= 300 ? 2000 : range <= 500 ? 1000 : 500) ? "YES" : "NO";
    };

    private static AdaptiveRefinement refined(Grid grid, Function<List<Long>, String> outcome, int jobs) throws Exception {
        AdaptiveRefinement refinement = new AdaptiveRefinement(grid);
        refinement.refine(new Workers(jobs, Axes.function(outcome), new Stop()));
        return refinement;
    }

    private static String rows(Grid grid, Function<List<Long>, String> outcome) throws Exception {
        Stop stop = new Stop();
        StringWriter out = new StringWriter();
        RowWriter writer = RowFormat.CSV.writer(out);
        writer.header(Rows.columns(grid.names(), List.of("v")));
        OrderedSink sink = new OrderedSink(writer, 8);
        GridSweep sweep = new GridSweep(grid);
        new Workers(1, Axes.function(outcome), stop).run(sweep.tasks(), sweep::rows, sink);
        sink.flush();
        return out.toString();
    }

    private static String rows(Grid grid, AdaptiveRefinement refinement) throws Exception {
        StringWriter out = new StringWriter();
        RowWriter writer = RowFormat.CSV.writer(out);
        writer.header(Rows.columns(grid.names(), List.of("v")));
        for (long i = 0; i < grid.size(); i++) {
            writer.row(Rows.of(grid.pointAt(i), refinement.at(i)));
        }
        writer.flush();
        return out.toString();
    }

    @Test
    void itGivesTheFullGridsRowsFromAFractionOfTheEvaluations() throws Exception {
        Grid grid = Axes.grid("R.range=100..1500:10", "R.payload=0..3000:10");

        AdaptiveRefinement refinement = refined(grid, ENVELOPE, 2);

        assertThat(refinement.isComplete()).isTrue();
        assertThat(rows(grid, refinement)).isEqualTo(rows(grid, ENVELOPE));
        assertThat(refinement.evaluations()).as("evaluations of %s points", grid.size()).isLessThan(grid.size() / 5);
    }

    @Test
    void whichPointsItEvaluatesDoesNotDependOnTheThreads() throws Exception {
        Grid grid = Axes.grid("R.range=100..1500:10", "R.payload=0..3000:10");

        AdaptiveRefinement one = refined(grid, ENVELOPE, 1);
        AdaptiveRefinement three = refined(grid, ENVELOPE, 3);

        assertThat(three.evaluations()).isEqualTo(one.evaluations());
        assertThat(rows(grid, three)).isEqualTo(rows(grid, one));
    }

    @Test
    void anIslandInsideACellWhoseCornersAgreeIsMissedAsDocumented() throws Exception {
        Grid grid = Axes.grid("R.x=0..160:1", "R.y=0..160:1");
        Function<List<Long>, String> island = v -> v.get(0) >= 3 && v.get(0) <= 5 && v.get(1) >= 3 && v.get(1) <= 5 ? "IN" : "OUT";

        AdaptiveRefinement refinement = refined(grid, island, 1);

        assertThat(refinement.at(grid.indexOf(new int[] {4, 4})).values()).containsExactly("OUT");
        assertThat(rows(grid, refinement)).isNotEqualTo(rows(grid, island));
    }

    @Test
    void stoppedPartWayItKeepsThePointsItDecidedAndLeavesTheRestUndecided() throws Exception {
        Grid grid = Axes.grid("R.range=100..1500:10", "R.payload=0..3000:10");
        AdaptiveRefinement complete = refined(grid, ENVELOPE, 1);
        Stop stop = new Stop();
        AtomicInteger evaluations = new AtomicInteger();
        PointEvaluator.Factory stopsAt400 = () -> {
            PointEvaluator envelope = Axes.function(ENVELOPE).newEvaluator();
            return point -> {
                if (evaluations.incrementAndGet() == 400) {
                    stop.now();
                }
                return envelope.observe(point);
            };
        };

        AdaptiveRefinement stopped = new AdaptiveRefinement(grid);
        stopped.refine(new Workers(2, stopsAt400, stop));

        assertThat(stopped.isComplete()).isFalse();
        long decided = 0;
        for (long i = 0; i < grid.size(); i++) {
            Optional<Observation> outcome = stopped.decided(i);
            if (outcome.isPresent()) {
                decided++;
                assertThat(outcome.get()).as("point %s", grid.pointAt(i)).isEqualTo(complete.at(i));
            }
        }
        assertThat(stopped.evaluations()).isBetween(1L, 401L);
        // The coarse cells whose corners agree are decided throughout: far more points than were evaluated.
        assertThat(decided).isGreaterThan(10 * stopped.evaluations()).isLessThan(grid.size());
    }
}
