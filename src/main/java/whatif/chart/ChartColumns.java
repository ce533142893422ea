package whatif.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Suggestions;

/**
 * The columns a spec names, found in a table and checked for what each role needs: numeric axes for
 * an envelope, a date or numeric axis and a numeric value for steps, dates or numbers on both axes
 * for changes (the point after a change of the same kind as the point before). Index -1 for a role
 * not used.
 */
record ChartColumns(Table table, int x, int y, int value, int series, int seriesLabel, int yAfter, int valueAfter) {

    Column column(int index) {
        return table.columns().get(index);
    }

    /** The resolved columns, or the diagnostics that say which name or kind does not fit. */
    static Resolution resolve(ChartSpec spec, Table table) {
        List<Diagnostic> problems = new ArrayList<>();
        boolean envelope = spec.isEnvelope();
        Set<ColumnKind> axes = Set.of(ColumnKind.NUMBER, ColumnKind.DATE);
        int x = find(spec.x(), envelope ? Set.of(ColumnKind.NUMBER) : axes, "x", table, problems);
        int y = spec.y().map(name -> find(name, spec.isChanges() ? axes : Set.of(ColumnKind.NUMBER), "y", table, problems))
                .orElse(-1);
        int value = find(spec.value(), spec.y().isPresent() ? Set.of(ColumnKind.values()) : Set.of(ColumnKind.NUMBER),
                "the value", table, problems);
        int series = spec.series().map(name -> find(name, Set.of(ColumnKind.values()), "the series", table, problems))
                .orElse(-1);
        int label = spec.seriesLabel().map(name -> find(name, Set.of(ColumnKind.values()), "the series label", table,
                problems)).orElse(-1);
        int yAfter = -1;
        int valueAfter = -1;
        if (spec.after().isPresent()) {
            Set<ColumnKind> likeY = y >= 0 ? Set.of(table.columns().get(y).kind()) : axes;
            yAfter = find(spec.after().get().y(), likeY, "the y after a change", table, problems);
            valueAfter = find(spec.after().get().value(), Set.of(ColumnKind.values()), "the value after a change", table, problems);
        }
        if (!problems.isEmpty()) {
            return new Resolution(Optional.empty(), problems);
        }
        return new Resolution(Optional.of(new ChartColumns(table, x, y, value, series, label, yAfter, valueAfter)), List.of());
    }

    /** The column named {@code name}; an unknown name is shown on the header line, a column of the wrong kind at its name. */
    private static int find(String name, Set<ColumnKind> kinds, String role, Table table, List<Diagnostic> problems) {
        int index = table.indexOf(name);
        if (index < 0) {
            problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_COLUMN, table.headerSpan(), "no column `" + name + "` to chart as " + role)
                    .withLabel("the table has " + Suggestions.quoted(table.names()))
                    .withHint(Suggestions.hint(name, table.names())));
            return -1;
        }
        ColumnKind kind = table.columns().get(index).kind();
        if (!kinds.contains(kind)) {
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_COLUMN_KIND, table.nameSpan(index),
                            "column `" + name + "` holds " + words(kind) + ", not what " + role + " needs")
                    .withLabel("expected " + String.join(" or ", kinds.stream().sorted().map(ChartColumns::words).toList()))
                    .withHint(role.equals("the value")
                            ? "a step chart draws a number over time; give a numeric column, or a y axis for an envelope"
                            : "chart axes are numbers or dates; an outcome goes in the value column"));
        }
        return index;
    }

    private static String words(ColumnKind kind) {
        return switch (kind) {
            case NUMBER -> "numbers";
            case DATE -> "dates";
            case TEXT -> "text";
        };
    }

    record Resolution(Optional<ChartColumns> columns, List<Diagnostic> diagnostics) {
    }
}
