package whatif.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * The columns a spec names, found in a table and checked for what each role needs: numeric axes for
 * an envelope, a date or numeric axis and a numeric value for steps. Index -1 for a role not used.
 */
record ChartColumns(Table table, int x, int y, int value, int series, int seriesLabel) {

    Column column(int index) {
        return table.columns().get(index);
    }

    /** The resolved columns, or the diagnostics that say which name or kind does not fit. */
    static Resolution resolve(ChartSpec spec, Table table) {
        List<Diagnostic> problems = new ArrayList<>();
        Span header = Span.at(table.origin(), 1, 1);
        boolean envelope = spec.isEnvelope();
        int x = find(spec.x(), envelope ? Set.of(ColumnKind.NUMBER) : Set.of(ColumnKind.NUMBER, ColumnKind.DATE),
                "x", table, header, problems);
        int y = spec.y().map(name -> find(name, Set.of(ColumnKind.NUMBER), "y", table, header, problems)).orElse(-1);
        int value = find(spec.value(), envelope ? Set.of(ColumnKind.values()) : Set.of(ColumnKind.NUMBER),
                "the value", table, header, problems);
        int series = spec.series().map(name -> find(name, Set.of(ColumnKind.values()), "the series", table, header, problems))
                .orElse(-1);
        int label = spec.seriesLabel().map(name -> find(name, Set.of(ColumnKind.values()), "the series label", table, header,
                problems)).orElse(-1);
        if (!problems.isEmpty()) {
            return new Resolution(Optional.empty(), problems);
        }
        return new Resolution(Optional.of(new ChartColumns(table, x, y, value, series, label)), List.of());
    }

    private static int find(String name, Set<ColumnKind> kinds, String role, Table table, Span header,
                            List<Diagnostic> problems) {
        int index = table.indexOf(name);
        if (index < 0) {
            problems.add(Diagnostic.error(DiagnosticCode.UNKNOWN_COLUMN, header, "no column `" + name + "` to chart as " + role)
                    .withLabel("the table has " + Suggestions.quoted(table.names()))
                    .withHint(Suggestions.hint(name, table.names())));
            return -1;
        }
        ColumnKind kind = table.columns().get(index).kind();
        if (!kinds.contains(kind)) {
            problems.add(Diagnostic.error(DiagnosticCode.WRONG_COLUMN_KIND, header,
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
