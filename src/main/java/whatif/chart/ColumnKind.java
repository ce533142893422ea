package whatif.chart;

/** What a table's column holds: numbers, ISO dates ({@code 2015-06-01}), or any other text (an outcome). */
public enum ColumnKind {
    NUMBER, DATE, TEXT
}
