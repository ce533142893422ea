package whatif.assertions;

import whatif.report.FailureMessage;
import java.util.List;
import java.util.stream.Collectors;
import whatif.run.FactView;
import whatif.run.Outcome;

/** The failure messages of the fluent assertions, in one place (as AssertJ's {@code ShouldX} factories). */
final class OutcomeMessages {
    private OutcomeMessages() {
    }

    static String shouldHaveStatus(Outcome outcome, String expected) {
        return "Expecting scenario <" + outcome.scenario().name() + "> to have " + expected + " but it "
                + outcome.status().label() + ":%n" + indent(FailureMessage.linesOf(outcome));
    }

    static String shouldHaveFact(String description, List<FactView> sameType, String type) {
        return "Expecting a fact " + description + " but the facts of type " + type + " were:%n" + list(sameType);
    }

    static String shouldNotHaveFact(String description, List<FactView> matching) {
        return "Expecting no fact " + description + " but found:%n" + list(matching);
    }

    static String shouldHaveCount(String type, int expected, List<FactView> actual) {
        return "Expecting " + expected + " facts of type " + type + " but found " + actual.size() + ":%n" + list(actual);
    }

    static String shouldHaveFired(String rule, List<String> fired) {
        return "Expecting rule <" + rule + "> to have fired but the rules fired were:%n" + indent(fired);
    }

    static String shouldNotHaveFired(String rule) {
        return "Expecting rule <" + rule + "> not to have fired, but it fired";
    }

    static String shouldHaveFiredInOrder(List<String> expected, List<String> fired) {
        return "Expecting the rules to fire in the order " + expected + " but they fired as:%n" + indent(fired);
    }

    private static String list(List<FactView> facts) {
        return facts.isEmpty() ? "  (none)" : indent(facts.stream().map(FactView::describe).toList());
    }

    private static String indent(List<String> lines) {
        return lines.isEmpty() ? "  (none)"
                : lines.stream().map(l -> "  " + l.replace("%", "%%")).collect(Collectors.joining("%n"));
    }
}
