package whatif.chart;

import java.util.List;
import java.util.Objects;

/**
 * One row of a table: its cells as text, in the order of the table's columns, and where it is, so
 * that a bad cell can be pointed at: the line of the row, and the column where each cell starts
 * (empty when the row was never text, as when a sweep hands its rows over directly).
 */
public record Row(int line, List<String> cells, List<Integer> cellColumns) {
    public Row {
        cells = List.copyOf(cells);
        cellColumns = List.copyOf(cellColumns);
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " < 1");
        }
    }

    /** A row with no text positions: its number stands for its line. */
    public static Row of(int number, List<String> cells) {
        return new Row(number, cells, List.of());
    }

    public String cell(int index) {
        return index < cells.size() ? Objects.requireNonNullElse(cells.get(index), "") : "";
    }

    /** The 1-based text column where a cell starts; 1 when unknown. */
    public int columnOf(int index) {
        return index < cellColumns.size() ? cellColumns.get(index) : 1;
    }
}
