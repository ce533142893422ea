package whatif.explain;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.conf.LanguageLevelOption;
import whatif.rulebook.RuleSource;
import whatif.source.Span;

/**
 * Turns a rule's conditions into DRL queries that Drools itself evaluates at the end of a run:
 * one per prefix of the conditions (which is the first that finds nothing?) and, for each plain
 * pattern, one per constraint (which constraints does each fact of that type meet?). The queries
 * live in the rule's own package, with its imports, so they see what the rule sees.
 */
final class ConditionQueries {
    static final String BOUND = "$whatifFact";
    private static final Pattern BINDING_ONLY = Pattern.compile("^\\$[\\w$]+\\s*:\\s*[\\w.$]+$");

    /** One condition of a rule: its text and place, and for a plain pattern, its type and constraints. */
    record Condition(String text, Span at, boolean negated, Optional<String> type, List<String> constraints,
                     List<String> bindings) {
        /** As the rule writes it: {@code not} before a negated pattern. */
        String written() {
            return negated ? "not " + text : text;
        }
    }

    /** The rule's conditions and the queries that test them. */
    record Analysis(String rule, List<Condition> conditions, List<Query> queries) {
    }

    /**
     * A generated query.
     *
     * @param condition the index of the condition it tests (0-based)
     * @param constraint the constraint's index, -1 for the prefix up to the condition, -2 for every fact of its type
     */
    record Query(String name, int condition, int constraint, String drl) {
    }

    private ConditionQueries() {
    }

    /** The rule's file, parsed; empty when it cannot be (it compiled, so that should not happen). */
    static Optional<PackageDescr> parse(RuleSource source) {
        try {
            return Optional.ofNullable(new DrlParser(LanguageLevelOption.DRL6).parse(false, new StringReader(source.text())));
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Analysis analyse(RuleSource source, PackageDescr pkg, RuleDescr rule, int ruleIndex) {
        List<Condition> conditions = new ArrayList<>();
        for (BaseDescr element : rule.getLhs().getDescrs()) {
            conditions.add(condition(source, element));
        }
        List<Query> queries = new ArrayList<>();
        for (int k = 0; k < conditions.size(); k++) {
            String prefix = prefix(conditions, k);
            String name = "whatif why-not " + ruleIndex + " " + k;
            queries.add(new Query(name, k, -1, query(name, prefix + conditions.get(k).written())));
            Condition c = conditions.get(k);
            if (c.type().isEmpty()) {
                continue;
            }
            String bindings = String.join(", ", c.bindings());
            queries.add(new Query(name + " all", k, -2, query(name + " all", prefix + BOUND + " : " + c.type().get() + "( " + bindings + " )")));
            for (int j = 0; j < c.constraints().size(); j++) {
                String constraint = (bindings.isEmpty() ? "" : bindings + ", ") + c.constraints().get(j);
                queries.add(new Query(name + " c" + j, k, j,
                        query(name + " c" + j, prefix + BOUND + " : " + c.type().get() + "( " + constraint + " )")));
            }
        }
        return new Analysis(rule.getName(), conditions, queries);
    }

    /** A DRL file holding the queries, in the package and with the imports of the rule's file. */
    static String file(PackageDescr pkg, List<Query> queries) {
        StringBuilder drl = new StringBuilder("package ").append(pkg.getName()).append(";\n");
        for (ImportDescr imported : pkg.getImports()) {
            drl.append("import ").append(imported.getTarget()).append(";\n");
        }
        queries.forEach(q -> drl.append(q.drl()));
        return drl.toString();
    }

    static Path fileName(int ruleIndex) {
        return Path.of("whatif-why-not-" + ruleIndex + ".drl");
    }

    private static Condition condition(RuleSource source, BaseDescr element) {
        String text = textOf(source, element);
        Span at = Span.at(source.path(), Math.max(1, element.getLine()), Math.max(1, element.getColumn() + 1));
        BaseDescr inner = element instanceof NotDescr not && not.getDescrs().size() == 1 ? not.getDescrs().get(0) : element;
        boolean negated = inner != element;
        if (inner instanceof PatternDescr pattern && pattern.getSource() == null && pattern.getConstraint() != null) {
            List<String> constraints = new ArrayList<>();
            List<String> bindings = new ArrayList<>();
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                String written = constraint.getText() == null ? textOf(source, constraint) : constraint.getText().strip();
                (BINDING_ONLY.matcher(written).matches() ? bindings : constraints).add(written);
            }
            return new Condition(negated ? textOf(source, inner) : text, at, negated, Optional.of(pattern.getObjectType()),
                    constraints, negated ? List.of() : bindings);
        }
        return new Condition(text, at, false, Optional.empty(), List.of(), List.of());
    }

    private static String prefix(List<Condition> conditions, int upTo) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            text.append(conditions.get(i).written()).append("\n    ");
        }
        return text.toString();
    }

    private static String query(String name, String body) {
        return "\nquery \"" + name + "\"\n    " + body + "\nend\n";
    }

    private static String textOf(RuleSource source, BaseDescr element) {
        int start = Math.max(0, element.getStartCharacter());
        int end = Math.min(source.text().length(), Math.max(start, element.getEndCharacter()));
        return source.text().substring(start, end).strip();
    }
}
