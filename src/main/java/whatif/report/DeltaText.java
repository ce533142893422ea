package whatif.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import whatif.diff.Conclusion;
import whatif.diff.Delta;
import whatif.diff.FactChange;
import whatif.diff.FactDifference;
import whatif.diff.FieldChange;
import whatif.diff.InputChange;
import whatif.diff.Parting;
import whatif.run.FactView;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.run.ValueText;

/**
 * One comparison of a diff, for the terminal: what the variant changes (numbered), the date the
 * runs part, the facts that disappeared ({@code -}), appeared ({@code +}) or changed ({@code ~})
 * with the rule that concluded each, what became of it in the other run and the changed inputs
 * it rests on, and the rules fired in one run only.
 */
final class DeltaText {
    private static final int SHOWN = 3;
    private final DiffReport report;
    private final PrintWriter out;

    DeltaText(DiffReport report, PrintWriter out) {
        this.report = report;
        this.out = out;
    }

    void write(Delta delta) {
        if (delta.isIncomplete()) {
            Outcome failed = delta.before().error().isPresent() || delta.before().status() == Status.INVALID
                    ? delta.before() : delta.after();
            out.println("  not compared: " + (failed == delta.before() ? report.before() : report.after())
                    + (failed.status() == Status.INVALID ? " does not fit the rules" : " did not run to its end"));
            return;
        }
        if (!delta.inputs().isEmpty()) {
            out.println("  what the variant changes:");
            for (int i = 0; i < delta.inputs().size(); i++) {
                out.println(String.format(Locale.ROOT, "    %2d %s", i + 1, input(delta.inputs().get(i))));
            }
        }
        if (!delta.hasChanges()) {
            out.println("  the outcome does not change" + delta.parting().map(p -> ", though the runs part on " + p.on()).orElse(""));
            return;
        }
        delta.parting().ifPresent(parting -> parting(parting));
        String before = report.in(report.before());
        String after = report.in(report.after());
        if (!delta.appeared().isEmpty() || !delta.disappeared().isEmpty() || !delta.changed().isEmpty()) {
            out.println("  facts:");
        }
        delta.disappeared().forEach(d -> difference("-", d, report.before(), report.after(), delta.inputs()));
        delta.appeared().forEach(d -> difference("+", d, report.after(), report.before(), delta.inputs()));
        delta.changed().forEach(c -> change(c, delta.inputs()));
        if (!delta.firedOnlyBefore().isEmpty()) {
            out.println("  rules fired only " + before + ": " + rules(delta.firedOnlyBefore()));
        }
        if (!delta.firedOnlyAfter().isEmpty()) {
            out.println("  rules fired only " + after + ": " + rules(delta.firedOnlyAfter()));
        }
    }

    private void parting(Parting parting) {
        String late = parting.on().isBefore(parting.beforeStarts())
                ? " (" + report.before() + " starts on " + parting.beforeStarts() + ")"
                : parting.on().isBefore(parting.afterStarts()) ? " (" + report.after() + " starts on " + parting.afterStarts() + ")" : "";
        out.println("  the runs part on " + parting.on() + late);
        if (!parting.onlyBefore().isEmpty()) {
            out.println("    that day only " + report.in(report.before()) + ": " + facts(parting.onlyBefore()));
        }
        if (!parting.onlyAfter().isEmpty()) {
            out.println("    that day only " + report.in(report.after()) + ": " + facts(parting.onlyAfter()));
        }
        if (!parting.firedOnlyBefore().isEmpty()) {
            out.println("    fired that day only " + report.in(report.before()) + ": " + rules(parting.firedOnlyBefore()));
        }
        if (!parting.firedOnlyAfter().isEmpty()) {
            out.println("    fired that day only " + report.in(report.after()) + ": " + rules(parting.firedOnlyAfter()));
        }
    }

    /**
     * @param here  the run that ends with the fact, by name: "the variant"
     * @param other the other run: "the baseline"
     */
    private void difference(String mark, FactDifference d, String here, String other, List<InputChange> inputs) {
        out.println("    " + mark + " " + d.fact().describe());
        d.concludedBy().ifPresent(c -> out.println("        " + concluded(c, report.in(here))));
        String there = report.in(other);
        String rule = d.concludedBy().map(c -> "`" + c.rule() + "`").orElse("");
        switch (d.elsewhere()) {
            case NO_SUCH_RULE -> out.println("        " + there + " there is no rule " + rule);
            // The rule firing when a fact goes need not be what withdrew it: truth maintenance withdraws in its wake.
            case WITHDRAWN -> d.withdrawn().ifPresent(w -> out.println("        " + there + " it held until " + w.on() + ", "
                    + w.rule().map(r -> "withdrawn as rule `" + r + "` fired").orElse(w.why())));
            case NOT_FIRED -> out.println("        " + there + " the conditions of " + rule + " never held");
            case FIRED_WITHOUT_IT -> out.println("        " + there + " " + rule + " fired without concluding it");
            case UNKNOWN -> {
                // No trace to tell: nothing to say rather than a guess.
            }
        }
        if (!d.matched().isEmpty()) {
            out.println("        it rests on what only " + here + " ends with: " + facts(d.matched()));
        }
        causes(d.causes(), inputs);
    }

    private void change(FactChange c, List<InputChange> inputs) {
        out.println("    ~ " + c.before().describe());
        for (FieldChange field : c.fields()) {
            out.println("        " + field.field() + ": " + value(field.before()) + " -> " + value(field.after()));
        }
        c.concludedBefore().ifPresent(conclusion -> out.println("        " + concluded(conclusion, report.in(report.before()))));
        c.concludedAfter().ifPresent(conclusion -> out.println("        " + concluded(conclusion, report.in(report.after()))));
        causes(c.causes(), inputs);
    }

    private static String concluded(Conclusion c, String where) {
        String at = c.ruleAt().map(span -> " (" + span.file() + ":" + span.line() + ")").orElse("");
        return "concluded " + where + " by rule `" + c.rule() + "`" + at + " on " + c.on();
    }

    /** The changed inputs a fact rests on, by their numbers in the list of what the variant changes. */
    private void causes(List<InputChange> causes, List<InputChange> inputs) {
        if (causes.isEmpty()) {
            return;
        }
        List<String> numbers = causes.stream().map(c -> String.valueOf(inputs.indexOf(c) + 1)).toList();
        String joined = numbers.size() == 1 ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
        out.println("        rests on what the variant changes: " + joined);
    }

    /** One changed input: {@code + Offence{points: 6} on 2023-09-01  (file:line:column)}. */
    static String input(InputChange change) {
        String at = change.writtenAt().map(span -> "  (" + span + ")").orElse("");
        if (change instanceof InputChange.Added added) {
            return "+ " + added.fact().describe() + " on " + added.on() + at;
        }
        if (change instanceof InputChange.Removed removed) {
            return "- " + removed.fact().describe() + " on " + removed.on() + at;
        }
        if (change instanceof InputChange.Changed changed) {
            String values = changed.values().stream()
                    .map(v -> v.field() + " " + v.before().orElse("(unset)") + " -> " + v.after().orElse("(unset)"))
                    .collect(Collectors.joining(", "));
            return "~ " + changed.before().describe() + ": " + values + at;
        }
        InputChange.DateMoved moved = (InputChange.DateMoved) change;
        return "~ asOf " + moved.before() + " -> " + moved.after();
    }


    static String rules(List<String> rules) {
        return rules.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "));
    }

    private static String facts(List<FactView> facts) {
        String shown = facts.stream().limit(SHOWN).map(FactView::describe).collect(Collectors.joining(", "));
        return facts.size() > SHOWN ? shown + " and " + (facts.size() - SHOWN) + " more" : shown;
    }

    private static String value(Object value) {
        return value == null ? "(unset)" : ValueText.of(value);
    }
}
