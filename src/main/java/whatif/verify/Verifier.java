package whatif.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.rulebook.RuleBook;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.ScenarioRunner;
import whatif.run.ValueText;
import whatif.scenario.Scenario;

/**
 * Verifies a check by evaluation: runs its scenario at every point of its grid and reports each
 * point that breaks an invariant, and each step along a monotone axis where the observed value
 * goes down the order. Every break is counted; the first {@code keep} of each invariant, in grid
 * order, are kept as findings. The same check gives the same result on any number of threads.
 */
public final class Verifier {
    private final GridEvaluator evaluator;
    private final int keep;

    public Verifier(RuleBook book, ScenarioRunner runner, int jobs, int keep) {
        this.evaluator = new GridEvaluator(book, runner, jobs);
        this.keep = keep;
    }

    public CheckResult verify(Check check, Scenario base) {
        List<PointInvariant> pointInvariants = check.invariants().stream()
                .filter(PointInvariant.class::isInstance).map(PointInvariant.class::cast).toList();
        List<Monotone> monotones = check.invariants().stream()
                .filter(Monotone.class::isInstance).map(Monotone.class::cast).toList();
        List<Reading> readings = evaluator.evaluate(base, check.axes(), outcome -> read(outcome, pointInvariants, monotones));
        Grid grid = new Grid(check.axes());
        Map<Invariant, Long> broken = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < pointInvariants.size(); i++) {
            PointInvariant invariant = pointInvariants.get(i);
            long count = 0;
            for (int p = 0; p < readings.size(); p++) {
                String detail = readings.get(p).broken().get(i);
                if (detail != null && count++ < keep) {
                    findings.add(new Finding(invariant, List.of(grid.values(p)), List.of(),
                            "at " + pointText(check.axes(), grid.values(p)) + ": " + detail));
                }
            }
            broken.put(invariant, count);
        }
        for (int m = 0; m < monotones.size(); m++) {
            broken.put(monotones.get(m), descents(grid, readings, monotones.get(m), m, findings));
        }
        long errors = readings.stream().filter(r -> r.error().isPresent()).count();
        List<String> firstErrors = new ArrayList<>();
        for (int p = 0; p < readings.size() && firstErrors.size() < keep; p++) {
            int at = p;
            readings.get(p).error().ifPresent(e -> firstErrors.add("at " + pointText(check.axes(), grid.values(at)) + ": " + e));
        }
        Map<Invariant, Long> declared = new LinkedHashMap<>();
        check.invariants().forEach(invariant -> declared.put(invariant, broken.get(invariant)));
        return new CheckResult(check, grid.size(), declared, findings, errors, firstErrors);
    }

    /**
     * Walks each line along the monotone's axis from its low end and counts the lines where the
     * observed value falls below the highest rank met before it; the first fall of each line is
     * the finding, between the last point at that rank and the point that falls.
     */
    private long descents(Grid grid, List<Reading> readings, Monotone monotone, int m, List<Finding> findings) {
        int axis = grid.indexOf(monotone.along());
        long stride = grid.stride(axis);
        int length = grid.axes().get(axis).values().size();
        long count = 0;
        for (long start = 0; start < grid.size(); start++) {
            if (grid.positions(start)[axis] != 0) {
                continue;
            }
            long highest = -1;
            int highestRank = -1;
            for (int step = 0; step < length; step++) {
                long point = start + step * stride;
                String value = readings.get((int) point).observed().get(m);
                int rank = value == null ? -1 : monotone.rank(value);
                if (rank < 0) {
                    continue;
                }
                if (rank < highestRank) {
                    if (count++ < keep) {
                        String before = readings.get((int) highest).observed().get(m);
                        findings.add(new Finding(monotone, List.of(grid.values(highest), grid.values(point)), List.of(before, value),
                                lineText(grid, axis, point) + monotone.observe() + " is " + before + " at " + monotone.along() + " " + grid.values(highest).get(axis)
                                        + " but " + value + " at " + grid.values(point).get(axis)));
                    }
                    break;
                }
                if (rank >= highestRank) {
                    highestRank = rank;
                    highest = point;
                }
            }
        }
        return count;
    }

    private static Reading read(Outcome outcome, List<PointInvariant> pointInvariants, List<Monotone> monotones) {
        if (outcome.error().isPresent()) {
            List<String> none = new ArrayList<>();
            pointInvariants.forEach(i -> none.add(null));
            List<String> unobserved = new ArrayList<>();
            monotones.forEach(m -> unobserved.add(null));
            return new Reading(none, unobserved, Optional.of(outcome.error().get().message()));
        }
        List<FactView> facts = outcome.facts();
        List<String> broken = new ArrayList<>();
        for (PointInvariant invariant : pointInvariants) {
            broken.add(invariant.brokenBy(facts).orElse(null));
        }
        List<String> observed = new ArrayList<>();
        for (Monotone monotone : monotones) {
            observed.add(observe(facts, monotone));
        }
        return new Reading(broken, observed, Optional.empty());
    }

    /** The observed field of the one fact of its type; none when there is no such fact or several. */
    private static String observe(List<FactView> facts, Monotone monotone) {
        List<FactView> ofType = facts.stream().filter(f -> f.type().equals(monotone.observedType())).toList();
        if (ofType.size() != 1) {
            return null;
        }
        Object value = ofType.get(0).values().get(monotone.observedField());
        return value == null ? null : ValueText.of(value);
    }

    /** {@code at asOf 2015-06-01, Proposal.rangeKm 800: }, the other axes' values on a line along {@code axis}. */
    private static String lineText(Grid grid, int axis, long point) {
        List<Axis> others = new ArrayList<>(grid.axes());
        List<String> values = new ArrayList<>(grid.values(point));
        others.remove(axis);
        values.remove(axis);
        return others.isEmpty() ? "" : "at " + pointText(others, values) + ": ";
    }

    static String pointText(List<Axis> axes, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            parts.add(axes.get(a).target() + " " + values.get(a));
        }
        return String.join(", ", parts);
    }

    /** What one point gave: per point invariant what broke it (null if kept), per monotone the value observed. */
    private record Reading(List<String> broken, List<String> observed, Optional<String> error) {
    }
}
