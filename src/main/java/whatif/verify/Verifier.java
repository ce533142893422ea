package whatif.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.run.FactView;
import whatif.run.Observation;
import whatif.run.Outcome;
import whatif.run.PointEvaluator;
import whatif.run.RunError;
import whatif.run.RunOptions;
import whatif.run.ValueText;

/**
 * Verifies a check by evaluation: runs its scenario at every point of its grid and reports each
 * point that breaks an invariant, and each line along a monotone axis where the observed value
 * goes down the order. Every break is counted; the first {@code keep} of each invariant, in grid
 * order, are kept as findings. The same check gives the same result on any number of threads.
 * <p>
 * Points run on the prepared scenario's fast path ({@link PointEvaluator#observe}): a session kept
 * per thread, only the fields of the invariants' types read, and a point whose rules fail run
 * again in full so that its error is the one {@code whatif run} reports. What each point gave is
 * kept in a few bytes (broken or not, a rank); the few points shown are run once more to say
 * what broke there.
 */
public final class Verifier {
    private static final byte KEPT = 0;
    private static final byte BROKEN = 1;
    private static final byte ERROR = 2;

    private final RunOptions options;
    private final int jobs;
    private final int keep;

    public Verifier(RunOptions options, int jobs, int keep) {
        this.options = options;
        this.jobs = Math.max(1, jobs);
        this.keep = keep;
    }

    public CheckResult verify(BoundCheck bound) {
        Check check = bound.check();
        List<PointInvariant> pointInvariants = check.invariants().stream()
                .filter(PointInvariant.class::isInstance).map(PointInvariant.class::cast).toList();
        List<Monotone> monotones = check.invariants().stream()
                .filter(Monotone.class::isInstance).map(Monotone.class::cast).toList();
        Reader reader = new Reader(bound, new ObservedFacts(bound.prepared(), check.invariants()));
        int size = (int) bound.grid().size();
        byte[][] states = new byte[pointInvariants.size()][size];
        int[][] ranks = new int[monotones.size()][size];
        boolean[] errors = new boolean[size];
        PointRuns.run(size, jobs, reader::newEvaluator, (evaluator, index) -> {
            int i = (int) index;
            Optional<List<FactView>> facts = reader.facts(evaluator, index).facts();
            errors[i] = facts.isEmpty();
            for (int p = 0; p < pointInvariants.size(); p++) {
                states[p][i] = facts.isEmpty() ? ERROR : pointInvariants.get(p).brokenBy(facts.get()).isPresent() ? BROKEN : KEPT;
            }
            for (int m = 0; m < monotones.size(); m++) {
                ranks[m][i] = facts.isEmpty() ? -1 : rank(facts.get(), monotones.get(m));
            }
        });
        Map<Invariant, Long> broken = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        try (PointEvaluator evaluator = reader.newEvaluator()) {
            for (int p = 0; p < pointInvariants.size(); p++) {
                PointInvariant invariant = pointInvariants.get(p);
                long count = 0;
                for (int i = 0; i < size; i++) {
                    long point = i;
                    if (states[p][i] == BROKEN && count++ < keep) {
                        // Run in full, so that the detail names whole facts, in the order of the outcome.
                        List<FactView> facts = evaluator.run(bound.valuesAt(i)).facts();
                        String detail = invariant.brokenBy(facts).orElseThrow(() -> new IllegalStateException(
                                "the fast path and a full run disagree at " + bound.pointText(point, -1)));
                        findings.add(new Finding(invariant, List.of((long) i), List.of(), "at " + bound.pointText(i, -1) + ": " + detail));
                    }
                }
                broken.put(invariant, count);
            }
            for (int m = 0; m < monotones.size(); m++) {
                broken.put(monotones.get(m), descents(bound, ranks[m], monotones.get(m), findings));
            }
            long errorCount = 0;
            List<String> firstErrors = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (errors[i] && errorCount++ < keep) {
                    firstErrors.add("at " + bound.pointText(i, -1) + ": " + reader.facts(evaluator, i).error().orElseThrow());
                }
            }
            Map<Invariant, Long> declared = new LinkedHashMap<>();
            check.invariants().forEach(invariant -> declared.put(invariant, broken.get(invariant)));
            return new CheckResult(check, size, declared, findings, errorCount, firstErrors);
        }
    }

    /**
     * Walks each line along the monotone's axis from its low end and counts the lines where the
     * observed value falls below the highest rank met before it; the first fall of each line is
     * the finding, between the last point at that rank and the point that falls.
     */
    private long descents(BoundCheck bound, int[] ranks, Monotone monotone, List<Finding> findings) {
        int axis = bound.check().axisNames().indexOf(monotone.along());
        int length = bound.grid().axes().get(axis).size();
        long count = 0;
        for (long start = 0; start < ranks.length; start++) {
            int[] at = bound.grid().coordinates(start);
            if (at[axis] != 0) {
                continue;
            }
            long highest = -1;
            int highestRank = -1;
            for (int step = 0; step < length; step++) {
                at[axis] = step;
                long point = bound.grid().indexOf(at);
                int rank = ranks[(int) point];
                if (rank < 0) {
                    continue;
                }
                if (rank < highestRank) {
                    if (count++ < keep) {
                        String before = monotone.order().get(highestRank);
                        String value = monotone.order().get(rank);
                        String line = bound.check().axes().size() > 1 ? "at " + bound.pointText(point, axis) + ": " : "";
                        findings.add(new Finding(monotone, List.of(highest, point), List.of(before, value),
                                line + monotone.observe() + " is " + before + " at " + monotone.along() + " "
                                        + bound.valueText(highest, axis) + " but " + value + " at " + bound.valueText(point, axis)));
                    }
                    break;
                }
                highestRank = rank;
                highest = point;
            }
        }
        return count;
    }

    /** The rank of the observed field of the one fact of its type; -1 when there is no such fact, several, or a value the order does not list. */
    private static int rank(List<FactView> facts, Monotone monotone) {
        FactView one = null;
        for (FactView fact : facts) {
            if (fact.type().equals(monotone.observedType())) {
                if (one != null) {
                    return -1;
                }
                one = fact;
            }
        }
        Object value = one == null ? null : one.values().get(monotone.observedField());
        return value == null ? -1 : monotone.rank(ValueText.of(value));
    }

    /** Reads a point's facts lean where it can, or from a full run's outcome. */
    private final class Reader {
        private final BoundCheck bound;
        private final ObservedFacts observed;

        Reader(BoundCheck bound, ObservedFacts observed) {
            this.bound = bound;
            this.observed = observed;
        }

        PointEvaluator newEvaluator() {
            return bound.prepared().newEvaluator(options, observed.complete() ? observed.observed() : List.of());
        }

        Read facts(PointEvaluator evaluator, long index) {
            if (observed.complete()) {
                Observation observation = evaluator.observe(bound.valuesAt(index));
                return observation.error().isPresent() ? Read.failed(observation.error().get())
                        : new Read(Optional.of(observed.facts(observation)), Optional.empty());
            }
            Outcome outcome = evaluator.run(bound.valuesAt(index));
            return outcome.error().isPresent() ? Read.failed(outcome.error().get()) : new Read(Optional.of(outcome.facts()), Optional.empty());
        }
    }

    /** A point's facts, or, when its run ended in an error, what the error says. */
    private record Read(Optional<List<FactView>> facts, Optional<String> error) {
        static Read failed(RunError error) {
            return new Read(Optional.empty(), Optional.of(error.message()));
        }
    }
}
