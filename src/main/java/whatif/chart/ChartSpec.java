package whatif.chart;

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
