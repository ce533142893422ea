package whatif.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.RuleBook;
import whatif.run.RunOptions;
import whatif.scenario.ObservedField;
import whatif.scenario.Scenario;
import whatif.scenario.SweepAxis;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * A scenario run at every point of a grid over one compiled rule book, checked and ready: rows
 * stream to a writer in grid order, on any number of threads with the same bytes. Three ways:
 * every point; {@code findBoundary}, the changes along one axis for every point of the others;
 * {@code adaptive}, every point with most of them inferred from the corners of cells that agree.
 * Prints nothing; {@link #stop()} may be called from any thread.
 */
public final class Sweep {
    /** Rows held back at most, in tasks, while an earlier task is still running. */
    static final int REORDER_WINDOW = 256;

    /** The sweep, or the problems that keep it from running. */
    public record Preparation(Optional<Sweep> sweep, List<Diagnostic> diagnostics) {
        public Preparation {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Grid grid;
    private final Observer observer;
    private final PointEvaluator.Factory evaluators;
    private final Optional<Integer> boundaryAxis;
    private final boolean adaptive;
    private final Tally tally = new Tally();
    private final Stop stop = new Stop();

    private Sweep(Grid grid, Observer observer, PointEvaluator.Factory evaluators, Optional<Integer> boundaryAxis, boolean adaptive) {
        this.grid = grid;
        this.observer = observer;
        this.evaluators = tally.counting(evaluators);
        this.boundaryAxis = boundaryAxis;
        this.adaptive = adaptive;
    }

    public static Preparation prepare(RuleBook book, Scenario scenario, SweepRequest request, RunOptions options) {
        List<ObservedField> observed = request.observe().isEmpty()
                ? ObservedField.OWN_NAMES.stream().map(n -> new ObservedField(n, Optional.empty(), scenario.span())).toList()
                : request.observe();
        SweepTargets targets = new SweepTargets(scenario, book.factTypes());
        List<AxisTarget> bound = targets.targets(request.vary());
        targets.checkObserved(observed);
        List<Diagnostic> problems = new ArrayList<>(targets.problems());
        if (request.vary().isEmpty()) {
            problems.add(Diagnostic.error(DiagnosticCode.SWEEP, scenario.span(), "the sweep varies nothing")
                    .withLabel("expected at least one axis").withHint("add `--vary Type.field=FROM..TO:STEP`"));
        }
        Optional<Integer> along = request.findBoundary().flatMap(name -> axisNamed(name, request.vary(), scenario.span(), problems));
        if (request.adaptive() && along.isPresent()) {
            problems.add(Diagnostic.error(DiagnosticCode.SWEEP, scenario.span(), "a sweep is either adaptive or finds boundaries")
                    .withLabel("both were asked for").withHint("drop `--adaptive` or `--find-boundary`"));
        }
        Optional<Grid> grid = problems.isEmpty() ? grid(request.vary(), request.adaptive(), scenario.span(), problems) : Optional.empty();
        if (!problems.isEmpty() || grid.isEmpty()) {
            return new Preparation(Optional.empty(), problems);
        }
        Observer observer = new Observer(observed);
        PointEvaluator.Factory copies = ScenarioCopyEvaluator.factory(book, new ScenarioAtPoint(scenario, bound), observer, options);
        PointEvaluator.Factory factory = PreparedPointEvaluator.factory(book, scenario, request.vary(), observed, observer, options, copies)
                .orElse(copies);
        return new Preparation(Optional.of(new Sweep(grid.get(), observer, factory, along, request.adaptive())), List.of());
    }

    private static Optional<Integer> axisNamed(String name, List<SweepAxis> axes, Span at, List<Diagnostic> problems) {
        List<String> names = axes.stream().map(SweepAxis::name).toList();
        int index = names.indexOf(name);
        if (index < 0) {
            problems.add(Diagnostic.error(DiagnosticCode.SWEEP, at, "`" + name + "` is not an axis of the sweep")
                    .withLabel("the axes are " + Suggestions.quoted(names))
                    .withHint(Suggestions.hint(name, names)));
            return Optional.empty();
        }
        return Optional.of(index);
    }

    private static Optional<Grid> grid(List<SweepAxis> axes, boolean adaptive, Span at, List<Diagnostic> problems) {
        try {
            Grid grid = Grid.of(axes.stream().map(Axis::of).toList());
            if (adaptive && grid.size() > AdaptiveRefinement.MAX_POINTS) {
                throw new IllegalArgumentException("an adaptive sweep takes at most " + AdaptiveRefinement.MAX_POINTS + " points");
            }
            return Optional.of(grid);
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(Diagnostic.error(DiagnosticCode.SWEEP, at, "the grid is too large: " + e.getMessage())
                    .withLabel("expected at most " + Axis.MAX_SIZE + " values an axis and " + Grid.MAX_SIZE + " points")
                    .withHint("take larger steps, or fewer axes"));
            return Optional.empty();
        }
    }

    public List<String> columns() {
        return boundaryAxis.map(a -> new BoundarySweep(grid, a).columns(observer.names()))
                .orElseGet(() -> Rows.columns(grid.names(), observer.names()));
    }

    public long points() {
        return grid.size();
    }

    /** Points evaluated so far, for a progress bar. */
    public long evaluated() {
        return tally.evaluated();
    }

    /** How many points the whole sweep evaluates, when that is known beforehand (every point of the grid); else -1. */
    public long expectedEvaluations() {
        return boundaryAxis.isEmpty() && !adaptive ? grid.size() : -1;
    }

    /** Stops the sweep: the rows written so far stay, a prefix of the whole, each row whole. */
    public void stop() {
        stop.now();
    }

    /** Runs the sweep on {@code jobs} threads, writing the header and every row; flushes {@code out}, does not close it. */
    public SweepResult run(Writer out, RowFormat format, int jobs) throws InterruptedException {
        RowWriter writer = format.writer(out);
        try {
            writer.header(columns());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OrderedSink sink = new OrderedSink(writer, REORDER_WINDOW);
        Workers workers = new Workers(jobs, evaluators, stop);
        try {
            if (adaptive) {
                AdaptiveRefinement refinement = new AdaptiveRefinement(grid);
                refinement.refine(workers);
                writeDecided(refinement, sink);
            } else if (boundaryAxis.isPresent()) {
                BoundarySweep boundaries = new BoundarySweep(grid, boundaryAxis.get());
                workers.run(boundaries.tasks(), boundaries::rows, sink);
            } else {
                GridSweep points = new GridSweep(grid);
                workers.run(points.tasks(), points::warmUp, points::rows, sink);
            }
        } finally {
            sink.flush();
        }
        return new SweepResult(sink.rowsWritten(), grid.size(), tally.evaluated(), tally.errors(), stop.isSet());
    }

    /**
     * The rows of the points whose outcome is known, in grid order: every point once the refinement
     * is done. Stopped part way through it, the points decided so far (evaluated, or inside a cell
     * whose corners agree) are written and the rest left out, so that Ctrl-C leaves what the
     * refinement has rather than nothing; a stop while the rows of a finished refinement are
     * written ends them there, after a whole row.
     */
    private void writeDecided(AdaptiveRefinement refinement, OrderedSink sink) throws InterruptedException {
        boolean stoppedBeforeWriting = stop.isSet();
        for (long task = 0; task * GridSweep.CHUNK < grid.size() && (stoppedBeforeWriting || !stop.isSet()); task++) {
            List<List<Object>> rows = new ArrayList<>();
            for (long index = task * GridSweep.CHUNK; index < Math.min(grid.size(), (task + 1) * GridSweep.CHUNK); index++) {
                Optional<Observation> decided = refinement.decided(index);
                if (decided.isPresent()) {
                    rows.add(Rows.of(grid.pointAt(index), decided.get()));
                }
            }
            sink.accept(task, rows);
        }
    }
}
