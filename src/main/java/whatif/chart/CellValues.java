package whatif.chart;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalDouble;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Reads one cell as the number its column holds: a number as written, a date as its day since
 * 1970-01-01. A cell that does not read adds a diagnostic at the cell and gives nothing, so that
 * the rest of the table is still drawn. Only the first few bad cells are reported.
 */
final class CellValues {
    private static final int REPORTED = 10;
    private final Table table;
    private final List<Diagnostic> problems;
    private int bad;

    CellValues(Table table, List<Diagnostic> problems) {
        this.table = table;
        this.problems = problems;
    }

    /** The cell as a number; empty for an empty cell, or one that does not read (reported). */
    OptionalDouble number(Row row, int index) {
        String text = row.cell(index).strip();
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        ColumnKind kind = table.columns().get(index).kind();
        try {
            return OptionalDouble.of(kind == ColumnKind.DATE ? LocalDate.parse(text).toEpochDay() : Double.parseDouble(text));
        } catch (NumberFormatException | DateTimeParseException e) {
            report(row, index, text, kind);
            return OptionalDouble.empty();
        }
    }

    /** How many cells did not read, reported or not. */
    int badCells() {
        return bad;
    }

    private void report(Row row, int index, String text, ColumnKind kind) {
        bad++;
        if (bad > REPORTED) {
            return;
        }
        Column column = table.columns().get(index);
        // The text is read stripped: the span starts where it does, after any spaces before it.
        int spaces = row.cell(index).indexOf(text);
        problems.add(Diagnostic.error(DiagnosticCode.BAD_CELL,
                        Span.of(table.origin(), row.line(), row.columnOf(index) + Math.max(0, spaces), text.length()),
                        "`" + text + "` in column `" + column.name() + "` is not " + (kind == ColumnKind.DATE ? "a date" : "a number"))
                .withLabel(kind == ColumnKind.DATE ? "expected a date such as `2015-06-01`" : "expected a number such as `800`")
                .withHint("the row is left out of the chart"));
    }
}
