package whatif.report;

import java.util.List;
import whatif.rulebook.CitedSource;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleInfo;
import whatif.rulebook.SourceCatalog;

/**
 * The sources the rules cite, from the rule book's sources file: ID, title (a link to its address
 * when that is a web address), publisher, date, what it supports, and the rules that cite it.
 */
final class HtmlSourcesTable {
    private final HtmlAnchors anchors;

    HtmlSourcesTable(HtmlAnchors anchors) {
        this.anchors = anchors;
    }

    void write(HtmlPage page, RuleBook book) {
        List<CitedSource> sources = book.sources().all();
        if (sources.isEmpty()) {
            page.element("p", "The rules have no sources file (sources.yaml beside the rules).").newline();
            return;
        }
        page.open("table", "class", "sources").newline();
        page.markup("<thead><tr><th>ID</th><th>title</th><th>publisher</th><th>date</th><th>supports</th>"
                + "<th>cited by</th></tr></thead>").newline().open("tbody").newline();
        for (CitedSource source : sources) {
            page.open("tr", "id", anchors.source(source.id()).orElse(null));
            page.element("td", source.id());
            page.open("td");
            if (Html.isWebAddress(source.url())) {
                page.element("a", source.title().isEmpty() ? source.url() : source.title(), "href", source.url(),
                        "rel", "noopener noreferrer");
            } else {
                page.text(source.title() + (source.url().isEmpty() ? "" : " (" + source.url() + ")"));
            }
            page.close("td");
            page.element("td", source.publisher()).element("td", source.date()).element("td", source.supports());
            page.open("td");
            List<RuleInfo> citing = book.rules().stream()
                    .filter(r -> SourceCatalog.idsCitedBy(r.metadata().getOrDefault("source", "")).contains(source.id()))
                    .toList();
            for (int i = 0; i < citing.size(); i++) {
                page.text(i == 0 ? "" : ", ");
                HtmlAnchors.link(page, anchors.rule(citing.get(i).name()), citing.get(i).name());
            }
            page.close("td").close("tr").newline();
        }
        page.close("tbody").close("table").newline();
    }
}
