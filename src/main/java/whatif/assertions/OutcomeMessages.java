package whatif.assertions;

import java.util.List;
import java.util.stream.Collectors;
import whatif.report.FailureMessage;
import whatif.run.FactView;
import whatif.run.Firing;
import whatif.run.Outcome;
import whatif.rulebook.Vocabulary;
import whatif.source.Suggestions;

/**
 * The failure messages of the fluent assertions, in one place, as AssertJ's {@code ShouldX}
 * factories. Each names what was expected and lists what there was.
 */
final class OutcomeMessages {
    private static final String NL = System.lineSeparator();

    private OutcomeMessages() {
    }

    static String unknownType(String type, Vocabulary names) {
        return "Expecting facts of type <" + type + "> but the rules declare no such type; "
                + Suggestions.hint(type, names.fieldsByType().keySet().stream().sorted().toList());
    }

    static String undeclaredField(String type, String field, List<String> fields) {
        return "Expecting a field <" + field + "> of type " + type + " but it has no such field; "
                + Suggestions.hint(field, fields);
    }

    static String unknownRule(String rule, Vocabulary names) {
        return "Expecting a rule named <" + rule + "> but the rules have no such rule; " + Suggestions.hint(rule, names.rules());
    }

    static String shouldHaveStatus(Outcome outcome, String expected) {
        List<String> why = FailureMessage.linesOf(outcome);
        return "Expecting scenario <" + outcome.scenario().name() + "> to have " + expected + " but it "
                + outcome.status().label() + (why.isEmpty() ? "" : ":" + NL + indent(why));
    }

    static String shouldHaveFact(FactPattern pattern, List<FactView> facts) {
        List<FactView> sameType = pattern.sameType(facts);
        if (sameType.isEmpty()) {
            List<String> types = facts.stream().map(FactView::type).distinct().toList();
            String hint = Suggestions.nearest(pattern.type(), types).map(t -> " (did you mean `" + t + "`?)").orElse("");
            return "Expecting a fact " + pattern.describe() + " but the rules produced no fact of type "
                    + pattern.type() + hint + "; the facts produced were:" + NL + list(facts);
        }
        return "Expecting a fact " + pattern.describe() + " but the facts of type " + pattern.type() + " were:" + NL
                + list(sameType);
    }

    static String shouldNotHaveFact(FactPattern pattern, List<FactView> matching) {
        return "Expecting no fact " + pattern.describe() + " but found:" + NL + list(matching);
    }

    static String unknownField(FactPattern pattern, String field, List<FactView> facts) {
        List<String> known = List.copyOf(pattern.sameType(facts).get(0).values().keySet());
        return "Expecting a fact " + pattern.describe() + " but facts of type " + pattern.type()
                + " have no field `" + field + "`; " + Suggestions.hint(field, known);
    }

    static String shouldHaveCount(String type, int expected, List<FactView> actual) {
        return "Expecting " + expected + (expected == 1 ? " fact" : " facts") + " of type " + type + " but found "
                + actual.size() + (actual.isEmpty() ? "" : ":" + NL + list(actual));
    }

    static String shouldHaveFired(String rule, List<String> fired) {
        if (fired.isEmpty()) {
            return "Expecting rule <" + rule + "> to have fired but no rule fired";
        }
        String hint = Suggestions.nearest(rule, fired).map(r -> " (did you mean `" + r + "`?)").orElse("");
        return "Expecting rule <" + rule + "> to have fired" + hint + " but the rules fired were:" + NL + indent(fired);
    }

    static String shouldNotHaveFired(String rule, List<Firing> firings) {
        List<String> dates = firings.stream().filter(f -> f.rule().equals(rule)).map(f -> String.valueOf(f.on())).toList();
        return "Expecting rule <" + rule + "> not to have fired but it fired " + dates.size()
                + (dates.size() == 1 ? " time" : " times") + ", on " + String.join(", ", dates.stream().distinct().toList());
    }

    static String shouldHaveFiredInOrder(List<String> expected, List<String> fired) {
        List<String> never = expected.stream().filter(r -> !fired.contains(r)).toList();
        return "Expecting the rules to have first fired in the order " + expected
                + (never.isEmpty() ? "" : " but " + never + " never fired")
                + (fired.isEmpty() ? "; no rule fired" : "; they first fired in this order:" + NL + indent(fired));
    }

    private static String list(List<FactView> facts) {
        return facts.isEmpty() ? "  (none)" : indent(facts.stream().map(FactView::describe).toList());
    }

    private static String indent(List<String> lines) {
        return lines.stream().map(line -> "  " + line).collect(Collectors.joining(NL));
    }
}
