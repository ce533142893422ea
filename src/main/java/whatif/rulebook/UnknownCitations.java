package whatif.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/** Finds {@code @source} IDs that the rule book's sources file does not list, at the place they are cited. */
final class UnknownCitations {
    private UnknownCitations() {
    }

    static List<Diagnostic> in(List<RuleInfo> rules, Map<String, RuleSource> sourcesByPath, SourceCatalog catalog) {
        List<Diagnostic> found = new ArrayList<>();
        for (RuleInfo rule : rules) {
            String cited = rule.metadata().get("source");
            if (cited == null) {
                continue;
            }
            RuleSource text = sourcesByPath.get(rule.file().toString());
            for (String id : SourceCatalog.idsCitedBy(cited)) {
                if (catalog.find(id).isEmpty()) {
                    Span at = text == null ? rule.span()
                            : new TokenFinder(text).find(id, rule.line(), rule.line() + 30).orElse(rule.span());
                    found.add(Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_SOURCE, at,
                                    "rule `" + rule.name() + "` cites `" + id + "`, which the sources file does not list")
                            .withLabel("expected an `id` of sources.yaml")
                            .withHint(Suggestions.nearest(id, catalog.ids()).map(n -> "did you mean `" + n + "`? ").orElse("")
                                    + "add the source to sources.yaml beside the rules, or cite one that is there"));
                }
            }
        }
        return found;
    }
}
