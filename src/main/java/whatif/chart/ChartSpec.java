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
 * the numeric {@code value} over {@code x} (a date or a number), one line per series value.
 *
 * @param title       the chart's title; a title is made from the columns when empty
 * @param seriesLabel a column whose first non-empty value in each series names it in the legend,
 *                    beside the series value
 */
public record ChartSpec(String x, Optional<String> y, String value, Optional<String> series,
                        Optional<String> seriesLabel, Optional<String> outcome, Optional<String> title) {
    public ChartSpec {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(seriesLabel, "seriesLabel");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(title, "title");
    }

    /** The outcome {@code value} takes over the numeric axes {@code x} and {@code y}. */
    public static ChartSpec envelope(String x, String y, String value) {
        return new ChartSpec(x, Optional.of(y), value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The number {@code value} along {@code x}, as steps. */
    public static ChartSpec steps(String x, String value) {
        return new ChartSpec(x, Optional.empty(), value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
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

    private static List<Column> others(List<Column> columns, List<Column> used) {
        return columns.stream().filter(c -> !used.contains(c)).toList();
    }

    public ChartSpec withSeries(String newSeries) {
        return new ChartSpec(x, y, value, Optional.of(newSeries), seriesLabel, outcome, title);
    }

    public ChartSpec withSeriesLabel(String newSeriesLabel) {
        return new ChartSpec(x, y, value, series, Optional.of(newSeriesLabel), outcome, title);
    }

    public ChartSpec withOutcome(String newOutcome) {
        return new ChartSpec(x, y, value, series, seriesLabel, Optional.of(newOutcome), title);
    }

    public ChartSpec withTitle(String newTitle) {
        return new ChartSpec(x, y, value, series, seriesLabel, outcome, Optional.of(newTitle));
    }

    public boolean isEnvelope() {
        return y.isPresent();
    }
}
