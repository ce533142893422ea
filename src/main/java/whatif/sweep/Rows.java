package whatif.sweep;

import java.util.ArrayList;
import java.util.List;

/** The cells of a row: axis values, then observed values and the error (none when the point ran). */
final class Rows {
    static final String ERROR = "error";

    private Rows() {
    }

    static List<Object> of(Point point, Observation observation) {
        List<Object> cells = new ArrayList<>(point.values().size() + observation.values().size() + 1);
        point.values().forEach(v -> cells.add(v.cell()));
        addObservation(cells, observation);
        return cells;
    }

    static void addObservation(List<Object> cells, Observation observation) {
        cells.addAll(observation.values());
        cells.add(observation.hasError() ? observation.error() : null);
    }

    /** Axis names, observed names, {@code error}. */
    static List<String> columns(List<String> axes, List<String> observed) {
        List<String> columns = new ArrayList<>(axes);
        columns.addAll(observed);
        columns.add(ERROR);
        return columns;
    }
}
