package whatif.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

/**
 * The geometry of a grid of cells: the boxes of each outcome, and the frontier, the cell edges
 * between two cells that differ. Cells never met (code 0) have no box and no frontier. Works on
 * the cells' sorted order, so the shapes come out in the same order for the same cells.
 */
final class CellLayout {
    private final CellGrid grid;
    private final AxisValues.Sorted xs;
    private final AxisValues.Sorted ys;

    CellLayout(CellGrid grid, AxisValues.Sorted xs, AxisValues.Sorted ys) {
        this.grid = grid;
        this.xs = xs;
        this.ys = ys;
    }

    private int code(int px, int py) {
        return grid.get(xs.numbers()[px], ys.numbers()[py]);
    }

    /**
     * A box for each run of cells of one outcome in a column, joined with the same run of the
     * column before (so that a region is a few boxes, with no seams between columns);
     * {@code boxes.get(code)} for that outcome.
     */
    List<List<Box>> boxesByCode(int codes) {
        List<List<Box>> boxes = new ArrayList<>();
        for (int c = 0; c <= codes; c++) {
            boxes.add(new ArrayList<>());
        }
        Map<Run, Integer> previous = new HashMap<>();
        for (int px = 0; px < xs.size(); px++) {
            Map<Run, Integer> current = new HashMap<>();
            int start = 0;
            for (int py = 1; py <= ys.size(); py++) {
                if (py == ys.size() || code(px, py) != code(px, start)) {
                    int code = code(px, start);
                    if (code != 0) {
                        Run key = new Run(code, ys.lowEdge(start), ys.highEdge(py - 1));
                        List<Box> ofCode = boxes.get(code);
                        Integer joined = previous.get(key);
                        if (joined != null) {
                            Box left = ofCode.get(joined);
                            ofCode.set(joined, new Box(left.x0(), xs.highEdge(px), left.y0(), left.y1()));
                            current.put(key, joined);
                        } else {
                            ofCode.add(new Box(xs.lowEdge(px), xs.highEdge(px), key.y0(), key.y1()));
                            current.put(key, ofCode.size() - 1);
                        }
                    }
                    start = py;
                }
            }
            previous = current;
        }
        return boxes;
    }

    /**
     * The edges between neighbouring cells that {@code differ} (given the two codes, non-zero if
     * they differ), each straight run of edges joined into one segment: vertical ones column gap
     * by column gap, then horizontal ones row gap by row gap.
     */
    List<Segment> frontier(IntBinaryOperator differ) {
        List<Segment> segments = new ArrayList<>();
        for (int px = 0; px + 1 < xs.size(); px++) {
            double x = xs.between(px);
            Segment open = null;
            for (int py = 0; py < ys.size(); py++) {
                boolean edge = isEdge(code(px, py), code(px + 1, py), differ);
                open = extend(segments, open, edge, x, ys.lowEdge(py), x, ys.highEdge(py));
            }
            close(segments, open);
        }
        for (int py = 0; py + 1 < ys.size(); py++) {
            double y = ys.between(py);
            Segment open = null;
            for (int px = 0; px < xs.size(); px++) {
                boolean edge = isEdge(code(px, py), code(px, py + 1), differ);
                open = extend(segments, open, edge, xs.lowEdge(px), y, xs.highEdge(px), y);
            }
            close(segments, open);
        }
        return segments;
    }

    private static boolean isEdge(int a, int b, IntBinaryOperator differ) {
        return a != 0 && b != 0 && differ.applyAsInt(a, b) != 0;
    }

    /** Grows the open segment by one edge, or closes it and opens the next; returns what is open. */
    private static Segment extend(List<Segment> segments, Segment open, boolean edge,
                                  double x0, double y0, double x1, double y1) {
        if (!edge) {
            close(segments, open);
            return null;
        }
        if (open != null && open.x1() == x0 && open.y1() == y0) {
            return new Segment(open.x0(), open.y0(), x1, y1);
        }
        close(segments, open);
        return new Segment(x0, y0, x1, y1);
    }

    private static void close(List<Segment> segments, Segment open) {
        if (open != null) {
            segments.add(open);
        }
    }

    /** A run of one outcome in a column, from y0 to y1: the same run in the next column joins its box. */
    private record Run(int code, double y0, double y1) {
    }
}
