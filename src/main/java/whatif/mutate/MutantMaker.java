package whatif.mutate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import whatif.rulebook.RuleSource;
import whatif.source.TextPosition;

/**
 * Makes the mutants of a rule book from its files, as Drools' parser reads them: for each rule,
 * in file and line order, its removal, then each change to its conditions in the order they are
 * written. Queries are left as written. Pure: reads no file, compiles nothing.
 */
public final class MutantMaker {
    private MutantMaker() {
    }

    public static List<Mutant> make(List<RuleSource> sources) {
        List<Mutant> mutants = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleDescr rule : parse(source)) {
                if (rule instanceof QueryDescr) {
                    continue; // a query never fires, so no scenario's firings say which ones use it
                }
                mutants.add(removal(source, rule));
                for (ConditionRanges.Range range : ConditionRanges.of(rule, source.text().length())) {
                    for (ConditionMutator.Change change : ConditionMutator.changes(source.text(), range)) {
                        mutants.add(mutant(source, rule, range, change));
                    }
                }
            }
        }
        return List.copyOf(mutants);
    }

    /** The rules of a file; none from a file that does not parse (compiling it reports why). */
    private static List<RuleDescr> parse(RuleSource source) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr descr = parser.parse(false, new StringReader(source.text()));
            return descr == null || parser.hasErrors() ? List.of() : descr.getRules();
        } catch (DroolsParserException e) {
            return List.of();
        }
    }

    private static Mutant removal(RuleSource source, RuleDescr rule) {
        return new Mutant(rule.getName(), source.path(), TextPosition.of(source.text(), Math.max(0, rule.getStartCharacter())),
                MutationKind.RULE_REMOVED, RuleRemoval.of(rule, source.text()), "", "");
    }

    private static Mutant mutant(RuleSource source, RuleDescr rule, ConditionRanges.Range range, ConditionMutator.Change change) {
        String text = source.text();
        TextEdit edit = change.edit();
        String before = text.substring(range.start(), range.end());
        String after = text.substring(range.start(), edit.start()) + edit.replacement() + text.substring(edit.end(), range.end());
        return new Mutant(rule.getName(), source.path(), TextPosition.of(text, edit.start()), change.kind(), edit,
                oneLine(before), oneLine(after));
    }

    /** A condition written over several lines, shown on one. */
    private static String oneLine(String condition) {
        String line = condition.strip().replaceAll("\\s+", " ");
        // A window ends with the `;` that separates it from the rest of an accumulate.
        return line.endsWith(";") ? line.substring(0, line.length() - 1).stripTrailing() : line;
    }
}
