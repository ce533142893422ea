package whatif.report;

import java.io.PrintWriter;
import java.util.List;
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
import whatif.source.Diagnostic;

/**
 * A diff for the terminal: the input problems first, then each comparison (a scenario and its
 * variants, or each scenario a reform changes) with what its inputs change, the date the runs
 * part, the facts that appeared ({@code +}), disappeared ({@code -}) or changed ({@code ~}) with
 * the rules that concluded them and the changed inputs they rest on, and the rules fired in one
 * run only; then the counts. Printed through a {@link TerminalWriter}, so no text from a file can
 * forge or hide a line.
 */
public final class DiffText {
    private static final int SHOWN = 3;
    private final DiagnosticRenderer renderer;

    public DiffText(SourceLines sources) {
        this.renderer = new DiagnosticRenderer(sources);
    }

    public void write(DiffReport report, PrintWriter writer) {
        PrintWriter out = TerminalWriter.over(writer);
        report.diagnostics().forEach(d -> renderer.render(d, out));
        if (report.kind() == DiffReport.Kind.REFORM) {
            rulesOnly("rules only " + report.after() + " has", report.rulesOnlyAfter(), out);
            rulesOnly("rules only " + report.before() + " have", report.rulesOnlyBefore(), out);
        }
        String baseline = null;
        for (Delta delta : report.deltas()) {
            if (report.kind() == DiffReport.Kind.VARIANTS) {
                if (!delta.before().scenario().name().equals(baseline)) {
                    if (baseline != null) {
                        out.println();
                    }
                    baseline = delta.before().scenario().name();
                    out.println("scenario: " + baseline + "  (" + delta.before().scenario().span() + "), " + status(delta.before()));
                    failures(delta.before(), out);
                }
                String name = delta.after().scenario().variant().map(v -> v.name()).orElse(delta.after().scenario().name());
                out.println();
                out.println("variant: " + name + "  (" + delta.after().scenario().span() + "), " + status(delta.after()));
                failures(delta.after(), out);
                comparison(delta, report, out);
            } else if (delta.hasChanges()) {
                out.println();
                out.println("changed: " + delta.before().scenario().name() + "  (" + delta.before().scenario().span() + "), "
                        + status(delta.before()) + (delta.statusChanged() ? " -> " + status(delta.after()) : ""));
                failures(delta.after(), out);
                comparison(delta, report, out);
            }
        }
        out.println();
        long errors = report.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            out.println(Quantity.of(errors, "problem") + " in the input; see above");
        }
        out.println(report.sentence());
        out.flush();
    }

    private void comparison(Delta delta, DiffReport report, PrintWriter out) {
        if (delta.isIncomplete()) {
            boolean beforeRan = delta.before().error().isEmpty() && delta.before().status() != Status.INVALID;
            out.println("  not compared: " + (beforeRan ? report.after() : report.before()) + " did not run to its end");
            return;
        }
        if (!delta.inputs().isEmpty()) {
            out.println("  what the variant changes:");
            for (int i = 0; i < delta.inputs().size(); i++) {
                out.println(String.format(java.util.Locale.ROOT, "    %2d %s", i + 1, input(delta.inputs().get(i))));
            }
        }
        if (!delta.hasChanges()) {
            out.println("  the outcome does not change" + delta.parting().map(p -> ", though the runs part on " + p.on()).orElse(""));
            return;
        }
        delta.parting().ifPresent(parting -> parting(parting, report, out));
        String before = report.in(report.before());
        String after = report.in(report.after());
        if (!delta.appeared().isEmpty() || !delta.disappeared().isEmpty() || !delta.changed().isEmpty()) {
            out.println("  facts:");
        }
        delta.disappeared().forEach(d -> difference("-", d, report.before(), report.after(), report, delta.inputs(), out));
        delta.appeared().forEach(d -> difference("+", d, report.after(), report.before(), report, delta.inputs(), out));
        delta.changed().forEach(c -> change(c, report, delta.inputs(), out));
        if (!delta.firedOnlyBefore().isEmpty()) {
            out.println("  rules fired only " + before + ": " + rules(delta.firedOnlyBefore()));
        }
        if (!delta.firedOnlyAfter().isEmpty()) {
            out.println("  rules fired only " + after + ": " + rules(delta.firedOnlyAfter()));
        }
    }

    private static void parting(Parting parting, DiffReport report, PrintWriter out) {
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
    private static void difference(String mark, FactDifference d, String here, String other, DiffReport report,
                                   List<InputChange> inputs, PrintWriter out) {
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
        causes(d.causes(), inputs, out);
    }

    private static void change(FactChange c, DiffReport report, List<InputChange> inputs, PrintWriter out) {
        out.println("    ~ " + c.before().describe());
        for (FieldChange field : c.fields()) {
            out.println("        " + field.field() + ": " + value(field.before()) + " -> " + value(field.after()));
        }
        c.concludedBefore().ifPresent(conclusion -> out.println("        " + concluded(conclusion, report.in(report.before()))));
        c.concludedAfter().ifPresent(conclusion -> out.println("        " + concluded(conclusion, report.in(report.after()))));
        causes(c.causes(), inputs, out);
    }

    private static String concluded(Conclusion c, String where) {
        String at = c.ruleAt().map(span -> " (" + span.file() + ":" + span.line() + ")").orElse("");
        return "concluded " + where + " by rule `" + c.rule() + "`" + at + " on " + c.on();
    }

    /** The changed inputs a fact rests on, by their numbers in the list of what the variant changes. */
    private static void causes(List<InputChange> causes, List<InputChange> inputs, PrintWriter out) {
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

    private void failures(Outcome outcome, PrintWriter out) {
        if (outcome.status() == Status.INVALID) {
            out.println();
            outcome.diagnostics().forEach(d -> renderer.render(d, out));
            return;
        }
        FailureMessage.linesOf(outcome).forEach(line -> out.println("    " + line));
    }

    private static void rulesOnly(String what, List<String> rules, PrintWriter out) {
        if (!rules.isEmpty()) {
            out.println(what + ": " + rules(rules));
        }
    }

    private static String status(Outcome outcome) {
        return outcome.status().label();
    }

    private static String rules(List<String> rules) {
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
