package whatif.chart;

import java.util.Arrays;

/**
 * One byte per cell of a grid, addressed by the numbers {@link AxisValues} gives an x and a y value:
 * 0 for a cell never met, otherwise 1 + the number of its outcome. A million cells take a megabyte.
 */
final class CellGrid {
    private byte[][] columns = new byte[16][];

    /** The code stored at the cell, 0 if none. */
    int get(int x, int y) {
        if (x >= columns.length || columns[x] == null || y >= columns[x].length) {
            return 0;
        }
        return columns[x][y] & 0xFF;
    }

    void put(int x, int y, int code) {
        if (x >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(x + 1, columns.length * 2));
        }
        byte[] column = columns[x];
        if (column == null) {
            column = new byte[Math.max(16, y + 1)];
            columns[x] = column;
        } else if (y >= column.length) {
            column = Arrays.copyOf(column, Math.max(y + 1, column.length * 2));
            columns[x] = column;
        }
        column[y] = (byte) code;
    }
}
