package whatif.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.rulebook.CitedSource;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleInfo;

/**
 * The ids of a page's scenarios, rules and sources, numbered in report order, so that sections
 * can link to each other. Numbers, not names: a name is the user's text and may hold anything.
 */
final class HtmlAnchors {
    private final Map<String, String> scenarios = new HashMap<>();
    private final Map<String, String> rules = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();

    HtmlAnchors(List<ScenarioEntry> entries, Optional<RuleBook> book) {
        for (int i = 0; i < entries.size(); i++) {
            scenarios.putIfAbsent(entries.get(i).name(), "scenario-" + (i + 1));
        }
        book.ifPresent(b -> {
            List<RuleInfo> all = b.rules();
            for (int i = 0; i < all.size(); i++) {
                rules.putIfAbsent(all.get(i).name(), "rule-" + (i + 1));
            }
            List<CitedSource> cited = b.sources().all();
            for (int i = 0; i < cited.size(); i++) {
                sources.putIfAbsent(cited.get(i).id(), "source-" + (i + 1));
            }
        });
    }

    /** The id of the {@code index}th scenario entry, from 0; always there, even for a scenario without a name. */
    static String scenarioAt(int index) {
        return "scenario-" + (index + 1);
    }

    Optional<String> scenario(String name) {
        return Optional.ofNullable(scenarios.get(name));
    }

    Optional<String> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    Optional<String> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** A link to {@code id} around {@code text}, or the text alone when there is nothing to link to. */
    static void link(HtmlPage page, Optional<String> id, String text) {
        if (id.isPresent()) {
            page.element("a", text, "href", "#" + id.get());
        } else {
            page.text(text);
        }
    }
}
