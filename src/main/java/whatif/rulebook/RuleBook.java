package whatif.rulebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * Compiled rules, ready to run any number of scenarios: the KieBase (STREAM mode, shared and
 * never modified, so that sessions over it can run on many threads), the declared fact types
 * and the rules with their sources.
 */
public final class RuleBook {
    private final KieBase kieBase;
    private final FactTypes factTypes;
    private final List<RuleInfo> rules;
    private final Vocabulary vocabulary;
    private final SourceCatalog sources;
    private final List<RuleSource> drl;

    RuleBook(KieBase kieBase, FactTypes factTypes, List<RuleInfo> rules, List<RuleSource> drl) {
        this(kieBase, factTypes, rules, SourceCatalog.NONE, drl);
    }

    private RuleBook(KieBase kieBase, FactTypes factTypes, List<RuleInfo> rules, SourceCatalog sources,
                     List<RuleSource> drl) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.factTypes = Objects.requireNonNull(factTypes, "factTypes");
        this.rules = List.copyOf(rules);
        this.vocabulary = Vocabulary.of(factTypes, rules);
        this.sources = Objects.requireNonNull(sources, "sources");
        this.drl = List.copyOf(drl);
    }

    /** The same compiled rules, citing the sources of a sources file. */
    RuleBook withSources(SourceCatalog catalog) {
        return new RuleBook(kieBase, factTypes, rules, catalog, drl);
    }

    /** The DRL texts the book was compiled from, in compile order: to analyse rules, or compile them again with more. */
    public List<RuleSource> drl() {
        return drl;
    }

    /** What the rules' {@code @source} IDs stand for; {@link SourceCatalog#NONE} without a sources file. */
    public SourceCatalog sources() {
        return sources;
    }

    /** The declared type, field and rule names, as every outcome of this book carries them. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public FactTypes factTypes() {
        return factTypes;
    }

    /** Every rule, in file order then line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<String> ruleNames() {
        return rules.stream().map(RuleInfo::name).toList();
    }
}
