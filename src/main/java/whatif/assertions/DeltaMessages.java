package whatif.assertions;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import whatif.diff.Delta;
import whatif.diff.FactDifference;
import whatif.run.FactView;
import whatif.run.Status;

/** The failure messages of {@link DeltaAssert}, in one place; each says what there was instead. */
final class DeltaMessages {
    private static final String NL = System.lineSeparator();

    private DeltaMessages() {
    }

    static String shouldHaveChanges(Delta delta) {
        return "Expecting " + runs(delta) + " to differ but they came out the same: " + delta.before().status().label()
                + ", with the same facts and the same rules fired";
    }

    static String shouldHaveNoChanges(Delta delta) {
        return "Expecting " + runs(delta) + " to come out the same but they differ:" + NL + summary(delta);
    }

    static String shouldHaveStatuses(Delta delta, Status before, Status after) {
        return "Expecting " + runs(delta) + " to have " + before.label() + " and " + after.label() + " but they "
                + delta.before().status().label() + " and " + delta.after().status().label();
    }

    static String shouldHaveDifference(Delta delta, FactPattern pattern, boolean appeared) {
        List<FactView> those = (appeared ? delta.appeared() : delta.disappeared()).stream().map(FactDifference::fact).toList();
        return "Expecting a fact " + pattern.describe() + " to have " + (appeared ? "appeared" : "disappeared") + " in "
                + runs(delta) + " but the facts that " + (appeared ? "appeared" : "disappeared") + " were:" + NL + list(those)
                + (delta.changed().isEmpty() ? "" : NL + "and the facts changed:" + NL
                        + list(delta.changed().stream().map(c -> c.before()).toList()));
    }

    static String shouldKeep(Delta delta, String type) {
        return "Expecting the facts of type " + type + " to stay the same in " + runs(delta) + " but they moved:" + NL
                + summary(delta);
    }

    static String shouldHaveChanged(Delta delta, String type, String field, Object from, Object to) {
        return "Expecting a fact " + type + " with " + field + " changed from " + from + " to " + to + " in " + runs(delta)
                + " but the facts changed were:" + NL + indent(delta.changed().stream()
                        .map(c -> c.before().describe() + ": " + c.fields().stream()
                                .map(f -> f.field() + " " + f.before() + " -> " + f.after()).collect(Collectors.joining(", ")))
                        .toList());
    }

    static String shouldHaveFiredOnly(Delta delta, String rule, boolean after) {
        List<String> only = after ? delta.firedOnlyAfter() : delta.firedOnlyBefore();
        return "Expecting rule <" + rule + "> to have fired only in the run " + (after ? "after" : "before") + " of "
                + runs(delta) + " but the rules that did were:" + NL + (only.isEmpty() ? "  (none)" : indent(only));
    }

    static String shouldPartOn(Delta delta, LocalDate date) {
        return "Expecting " + runs(delta) + " to part on " + date + " but they "
                + delta.parting().map(p -> "part on " + p.on()).orElse("never part");
    }

    static String shouldBeConcludedBy(FactPattern pattern, boolean appeared, String rule, List<FactDifference> found) {
        return "Expecting a fact " + pattern.describe() + " that " + (appeared ? "appeared" : "disappeared")
                + " to have been concluded by rule <" + rule + "> but it was concluded by:" + NL
                + indent(found.stream().map(d -> d.fact().describe() + " <- " + d.concludedBy().map(c -> "`" + c.rule() + "`")
                        .orElse("(no trace)")).toList());
    }

    private static String runs(Delta delta) {
        return delta.before().scenario().name().equals(delta.after().scenario().name())
                ? "<" + delta.before().scenario().name() + "> under the two rule books"
                : "<" + delta.before().scenario().name() + "> and <" + delta.after().scenario().name() + ">";
    }

    private static String summary(Delta delta) {
        StringBuilder out = new StringBuilder();
        delta.disappeared().forEach(d -> out.append("  - ").append(d.fact().describe()).append(NL));
        delta.appeared().forEach(d -> out.append("  + ").append(d.fact().describe()).append(NL));
        delta.changed().forEach(c -> out.append("  ~ ").append(c.before().describe()).append(NL));
        if (delta.statusChanged()) {
            out.append("  status ").append(delta.before().status().label()).append(" -> ")
                    .append(delta.after().status().label()).append(NL);
        }
        delta.parting().ifPresent(p -> out.append("  they part on ").append(p.on()).append(NL));
        return out.toString().stripTrailing();
    }

    private static String list(List<FactView> facts) {
        return facts.isEmpty() ? "  (none)" : indent(facts.stream().map(FactView::describe).toList());
    }

    private static String indent(List<String> lines) {
        return lines.isEmpty() ? "  (none)" : lines.stream().map(line -> "  " + line).collect(Collectors.joining(NL));
    }
}
