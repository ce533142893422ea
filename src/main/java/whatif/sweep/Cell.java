package whatif.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A box of grid points, from corner {@code lo} to corner {@code hi}, both included, in grid coordinates. */
record Cell(int[] lo, int[] hi) {
    /** Whether every point of the box is one of its corners: nothing left inside to refine. */
    boolean isUnit() {
        for (int a = 0; a < lo.length; a++) {
            if (hi[a] - lo[a] > 1) {
                return false;
            }
        }
        return true;
    }

    /** The corners, without repeats where the box is flat along an axis. */
    List<int[]> corners() {
        List<int[]> corners = new ArrayList<>();
        corners.add(lo.clone());
        for (int a = 0; a < lo.length; a++) {
            if (hi[a] == lo[a]) {
                continue;
            }
            int n = corners.size();
            for (int c = 0; c < n; c++) {
                int[] other = corners.get(c).clone();
                other[a] = hi[a];
                corners.add(other);
            }
        }
        return corners;
    }

    /** The box cut in half along every axis where it is more than one step wide. */
    List<Cell> halves() {
        List<Cell> cells = List.of(this);
        for (int a = 0; a < lo.length; a++) {
            if (hi[a] - lo[a] <= 1) {
                continue;
            }
            List<Cell> cut = new ArrayList<>();
            for (Cell cell : cells) {
                int mid = (cell.lo[a] + cell.hi[a]) >>> 1;
                int[] lowerHi = cell.hi.clone();
                lowerHi[a] = mid;
                int[] upperLo = cell.lo.clone();
                upperLo[a] = mid;
                cut.add(new Cell(cell.lo, lowerHi));
                cut.add(new Cell(upperLo, cell.hi));
            }
            cells = cut;
        }
        return cells;
    }

    /** Calls {@code each} with every point of the box. */
    void forEachPoint(Consumer<int[]> each) {
        int[] at = lo.clone();
        while (true) {
            each.accept(at);
            int a = at.length - 1;
            while (a >= 0 && at[a] == hi[a]) {
                at[a] = lo[a];
                a--;
            }
            if (a < 0) {
                return;
            }
            at[a]++;
        }
    }
}
