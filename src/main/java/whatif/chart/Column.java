package whatif.chart;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table to chart: its name as the table writes it ({@code Proposal.rangeKm},
 * {@code asOf}), what it holds, and its unit when one is known.
 */
public record Column(String name, ColumnKind kind, Optional<String> unit) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
    }

    /** A column whose unit, if any, is read from the suffix of its name ({@code rangeKm}: km). */
    public static Column of(String name, ColumnKind kind) {
        return new Column(name, kind, kind == ColumnKind.NUMBER ? UnitSuffix.unitOf(name) : Optional.empty());
    }

    public Column withUnit(String newUnit) {
        return new Column(name, kind, Optional.of(newUnit));
    }

    /** The axis label: the name in words, without the unit suffix, and the unit in brackets: {@code Proposal range (km)}. */
    public String label() {
        String words = UnitSuffix.words(unit.isPresent() ? UnitSuffix.stem(name) : name);
        return unit.map(u -> words + " (" + u + ")").orElse(words);
    }
}
