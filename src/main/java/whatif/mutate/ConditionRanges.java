package whatif.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Where a rule's conditions are written, as Drools' parser found them: each constraint of each
 * pattern (inside {@code not}, {@code exists}, {@code or}, {@code forall}, {@code accumulate} and
 * {@code collect} too), each {@code eval} and each window ({@code over window:time(30d)}). Only
 * these stretches of a file are mutated: never a consequence, a declaration or a comment between.
 */
final class ConditionRanges {
    /** A stretch of the file's text, {@code start} inclusive, {@code end} exclusive. */
    record Range(int start, int end) implements Comparable<Range> {
        @Override
        public int compareTo(Range other) {
            return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
        }
    }

    private final int textLength;
    // A set: forall lists its base pattern among its patterns, so one constraint can be met twice.
    private final TreeSet<Range> ranges = new TreeSet<>();

    private ConditionRanges(int textLength) {
        this.textLength = textLength;
    }

    /** The rule's condition texts, in the order they are written. */
    static List<Range> of(RuleDescr rule, int textLength) {
        ConditionRanges found = new ConditionRanges(textLength);
        if (rule.getLhs() != null) {
            found.walk(rule.getLhs());
        }
        return new ArrayList<>(found.ranges);
    }

    private void walk(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            pattern.getDescrs().forEach(this::add);
            pattern.getBehaviors().forEach(this::add);
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                walk(accumulate.getInput());
            } else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                walk(collect.getInputPattern());
            }
            // `from` and `entry-point` sources carry no positions: they are left as written.
        } else if (descr instanceof EvalDescr) {
            add(descr);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(this::walk);
        }
    }

    private void add(BaseDescr descr) {
        // Drools' end is inclusive; a descriptor it could not place has -1.
        int start = descr.getStartCharacter();
        int end = descr.getEndCharacter() + 1;
        if (start >= 0 && end > start && end <= textLength) {
            ranges.add(new Range(start, end));
        }
    }
}
