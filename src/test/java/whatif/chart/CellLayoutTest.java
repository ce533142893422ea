package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellLayoutTest {
    /** x 0, 10, 20 and y 0, 10, 20; code 1 at x <= 10 and y <= 10 (where given), else 2. */
    private static CellLayout corner(int missingX) {
        AxisValues xs = new AxisValues();
        AxisValues ys = new AxisValues();
        CellGrid grid = new CellGrid();
        // Met out of order, as rows of several series or chunks may come.
        for (int x : new int[] {20, 0, 10}) {
            for (int y : new int[] {10, 0, 20}) {
                if (x != missingX) {
                    grid.put(xs.indexOf(x), ys.indexOf(y), x <= 10 && y <= 10 ? 1 : 2);
                }
            }
        }
        return new CellLayout(grid, xs.sorted(), ys.sorted());
    }

    @Test
    void theFrontierRunsHalfWayBetweenCellsThatDiffer() {
        List<Segment> frontier = corner(-1).frontier((a, b) -> a != b ? 1 : 0);

        assertThat(frontier).containsExactly(new Segment(15, -5, 15, 15), new Segment(-5, 15, 15, 15));
    }

    @Test
    void aRunOfOneOutcomeIsOneBoxJoinedAcrossColumns() {
        List<List<Box>> boxes = corner(-1).boxesByCode(2);

        assertThat(boxes.get(1)).containsExactly(new Box(-5, 15, -5, 15));
        assertThat(boxes.get(2)).containsExactly(new Box(-5, 15, 15, 25), new Box(15, 25, -5, 25));
    }

    @Test
    void cellsNeverMetHaveNoBoxAndNoFrontier() {
        CellLayout layout = corner(20);

        assertThat(layout.frontier((a, b) -> a != b ? 1 : 0)).containsExactly(new Segment(-5, 15, 15, 15));
        assertThat(layout.boxesByCode(2).get(2)).containsExactly(new Box(-5, 15, 15, 25));
    }
}
