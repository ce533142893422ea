package whatif.report;

import java.util.List;
import whatif.coverage.Coverage;
import whatif.coverage.RuleCoverage;
import whatif.rulebook.RuleInfo;
import whatif.rulebook.SourceCatalog;
import whatif.scenario.Scenario;

/**
 * The coverage table: every rule of the book, where it is written, the sources it cites and the
 * scenarios that fired it (linked to their sections); the rules no scenario fired stand out.
 */
final class HtmlCoverageTable {
    private final HtmlAnchors anchors;

    HtmlCoverageTable(HtmlAnchors anchors) {
        this.anchors = anchors;
    }

    void write(HtmlPage page, Coverage coverage) {
        page.element("p", coverage.sentence() + (coverage.neverFired().isEmpty() ? "."
                : "; " + Quantity.of(coverage.neverFired().size(), "rule") + " fired by no scenario."), "class", "coverage-summary")
                .newline();
        page.open("table", "class", "coverage").newline();
        page.markup("<thead><tr><th>rule</th><th>written at</th><th>sources</th><th>fired by</th></tr></thead>")
                .newline().open("tbody").newline();
        for (RuleCoverage rule : coverage.rules()) {
            row(page, rule);
        }
        page.close("tbody").close("table").newline();
    }

    private void row(HtmlPage page, RuleCoverage covered) {
        RuleInfo rule = covered.rule();
        page.open("tr", "class", covered.isFired() ? "fired" : "never", "id", anchors.rule(rule.name()).orElse(null));
        page.open("td").element("code", rule.name()).close("td");
        page.element("td", rule.span().toString());
        page.open("td");
        List<String> cited = SourceCatalog.idsCitedBy(rule.metadata().getOrDefault("source", ""));
        for (int i = 0; i < cited.size(); i++) {
            page.text(i == 0 ? "" : ", ");
            HtmlAnchors.link(page, anchors.source(cited.get(i)), cited.get(i));
        }
        page.close("td");
        page.open("td");
        if (!covered.isFired()) {
            page.element("strong", "no scenario");
        }
        for (int i = 0; i < covered.firedBy().size(); i++) {
            Scenario scenario = covered.firedBy().get(i);
            page.text(i == 0 ? "" : ", ");
            HtmlAnchors.link(page, anchors.scenario(scenario.name()), scenario.name());
        }
        page.close("td").close("tr").newline();
    }
}
