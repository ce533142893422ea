package whatif.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to draw, by column name. With {@code y}, an envelope chart: the region of each outcome of
 * {@code value} over the numeric axes {@code x} and {@code y}, and the frontier between them; with a
 * {@code series} column as well, one frontier per series value instead, each around the region of
 * {@code outcome} (by default the outcome at the lowest x and y). Without {@code y}, a step chart of
 * the numeric {@code value} over {@code x} (a date or a number), one line per series value. With
 * {@code after}, each row is a change, as {@code whatif sweep --find-boundary} writes them: {@code y}
 * and {@code value} are the last point before it, {@code after} names the first point after, and
 * the chart is the frontier the changes trace over {@code x}, one line per kind of change and series
 * value.
 *
 * @param title       the chart's title; a title is made from the columns when empty
 * @param seriesLabel a column whose first non-empty value in each series names it in the legend,
 *                    beside the series value
 * @param after       for a chart of changes, the columns of the first point after each
 */
public record ChartSpec(String x, Optional<String> y, String value, Optional<String> series,
                        Optional<String> seriesLabel, Optional<String> outcome, Optional<String> title,
                        Optional<After> after) {
    public ChartSpec {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(seriesLabel, "seriesLabel");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(after, "after");
        if (after.isPresent() && y.isEmpty()) {
            throw new IllegalArgumentException("a chart of changes needs the y column of the point before each");
        }
    }

    /** The columns of the first point after a change: its value along the y axis, and its outcome. */
    public record After(String y, String value) {
        public After {
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The outcome {@code value} takes over the numeric axes {@code x} and {@code y}. */
    public static ChartSpec envelope(String x, String y, String value) {
        return new ChartSpec(x, Optional.of(y), value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Changes of an outcome along {@code y}, one a row, drawn as the frontier they trace over
     * {@code x}: {@code y} and {@code value} hold the last point before each change,
     * {@code yAfter} and {@code valueAfter} the first point after it.
     */
    public static ChartSpec changes(String x, String y, String value, String yAfter, String valueAfter) {
        return new ChartSpec(x, Optional.of(y), value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new After(yAfter, valueAfter)));
    }

    /** The number {@code value} along {@code x}, as steps. */
    public static ChartSpec steps(String x, String value) {
        return new ChartSpec(x, Optional.empty(), value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The chart a sweep's columns call for: with two numeric axes, the envelope of the first
     * observed column over them (x the first, y the second), one line per value of another axis
     * if there is one, a date axis first; with one axis and a numeric observed column, its steps
     * over that axis, one line per value of another axis. Empty when neither fits.
     */
    public static Optional<ChartSpec> forSweep(List<Column> axes, List<Column> observed) {
        if (observed.isEmpty()) {
            return Optional.empty();
        }
        Column value = observed.get(0);
        List<Column> numbers = axes.stream().filter(c -> c.kind() == ColumnKind.NUMBER).toList();
        List<Column> ordered = new ArrayList<>(axes.stream().filter(c -> c.kind() == ColumnKind.DATE).toList());
        ordered.addAll(numbers);
        if (numbers.size() >= 2) {
            ChartSpec envelope = envelope(numbers.get(0).name(), numbers.get(1).name(), value.name());
            return Optional.of(others(ordered, numbers.subList(0, 2)).stream().findFirst()
                    .map(series -> envelope.withSeries(series.name())).orElse(envelope));
        }
        if (ordered.isEmpty() || value.kind() != ColumnKind.NUMBER) {
            return Optional.empty();
        }
        ChartSpec steps = steps(ordered.get(0).name(), value.name());
        return Optional.of(others(ordered, ordered.subList(0, 1)).stream().findFirst()
                .map(series -> steps.withSeries(series.name())).orElse(steps));
    }

    /**
     * The chart of the changes a boundary sweep found along {@code axis} (named {@code before:AXIS}
     * and {@code after:AXIS} in its columns, as the first observed field is): the frontier they
     * trace over one of the other axes, a numeric one first, one line per value of another axis if
     * there is one, a date first. Empty when there is no other axis, or the columns are not there.
     */
    public static Optional<ChartSpec> forBoundaries(List<Column> others, String axis, List<String> observed, List<String> names) {
        String before = "before:";
        String after = "after:";
        if (others.isEmpty() || observed.isEmpty()) {
            return Optional.empty();
        }
        String value = observed.get(0);
        if (!names.containsAll(List.of(before + axis, after + axis, before + value, after + value))) {
            return Optional.empty();
        }
        List<Column> ordered = new ArrayList<>(others.stream().filter(c -> c.kind() == ColumnKind.NUMBER).toList());
        ordered.addAll(others.stream().filter(c -> c.kind() == ColumnKind.DATE).toList());
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        ChartSpec changes = changes(ordered.get(0).name(), before + axis, before + value, after + axis, after + value);
        List<Column> rest = new ArrayList<>(others.stream().filter(c -> c.kind() == ColumnKind.DATE).toList());
        rest.addAll(others.stream().filter(c -> c.kind() != ColumnKind.DATE).toList());
        rest.remove(ordered.get(0));
        return Optional.of(rest.stream().findFirst().map(series -> changes.withSeries(series.name())).orElse(changes));
    }

    private static List<Column> others(List<Column> columns, List<Column> used) {
        return columns.stream().filter(c -> !used.contains(c)).toList();
    }

    public ChartSpec withSeries(String newSeries) {
        return new ChartSpec(x, y, value, Optional.of(newSeries), seriesLabel, outcome, title, after);
    }

    public ChartSpec withSeriesLabel(String newSeriesLabel) {
        return new ChartSpec(x, y, value, series, Optional.of(newSeriesLabel), outcome, title, after);
    }

    public ChartSpec withOutcome(String newOutcome) {
        return new ChartSpec(x, y, value, series, seriesLabel, Optional.of(newOutcome), title, after);
    }

    public ChartSpec withTitle(String newTitle) {
        return new ChartSpec(x, y, value, series, seriesLabel, outcome, Optional.of(newTitle), after);
    }

    /** An outcome over two numeric axes. */
    public boolean isEnvelope() {
        return y.isPresent() && after.isEmpty();
    }

    /** Changes along y, one a row. */
    public boolean isChanges() {
        return after.isPresent();
    }
}
