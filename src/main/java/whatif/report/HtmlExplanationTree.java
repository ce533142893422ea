package whatif.report;

import java.util.List;
import whatif.explain.Derivation;
import whatif.explain.Explanation;
import whatif.explain.Withdrawal;
import whatif.rulebook.CitedSource;

/**
 * An explanation as nested lists: each produced fact, the rule that inserted it (linked to the
 * coverage table) with its place and sources (linked to the sources table), and beneath it the
 * facts that rule matched, down to the scenario's own; then the facts withdrawn and why. The
 * same tree as {@code whatif explain}.
 */
final class HtmlExplanationTree {
    private final HtmlAnchors anchors;

    HtmlExplanationTree(HtmlAnchors anchors) {
        this.anchors = anchors;
    }

    /** The tree in a {@code details} element, open when the reader will want it: on failure. */
    void write(HtmlPage page, Explanation explanation, boolean open) {
        page.open("details", "class", "explanation", "open", open ? "" : null);
        page.element("summary", "Why it stands as it does on " + explanation.on()).newline();
        if (explanation.facts().isEmpty()) {
            page.element("p", "The rules produced no fact that is still there on " + explanation.on() + ".").newline();
        } else {
            list(page, explanation.facts());
        }
        if (!explanation.withdrawn().isEmpty()) {
            page.element("p", "Withdrawn by " + explanation.on() + ":").open("ul", "class", "withdrawn");
            for (Withdrawal gone : explanation.withdrawn()) {
                page.open("li").element("code", gone.fact().describe()).text(" on " + gone.on() + ": " + gone.why())
                        .close("li").newline();
            }
            page.close("ul").newline();
        }
        page.close("details").newline();
    }

    private void list(HtmlPage page, List<Derivation> derivations) {
        page.open("ul", "class", "tree").newline();
        for (Derivation d : derivations) {
            page.open("li");
            page.element("code", d.fact().describe()).text(" ");
            origin(page, d);
            if (!d.repeated()) {
                details(page, d);
                if (!d.from().isEmpty()) {
                    list(page, d.from());
                }
            }
            page.close("li").newline();
        }
        page.close("ul").newline();
    }

    private void origin(HtmlPage page, Derivation d) {
        page.open("span", "class", "origin");
        if (d.rule().isEmpty()) {
            page.text(d.at().map(at -> "← given at " + at).orElse("← set by whatif: the scenario's date"));
        } else {
            page.text("← rule ");
            HtmlAnchors.link(page, anchors.rule(d.rule().get()), d.rule().get());
            page.text(d.at().map(at -> " (" + at.file() + ":" + at.line() + ")").orElse("") + " on " + d.on()
                    + (d.repeated() ? ", as above" : ""));
        }
        page.close("span");
    }

    private void details(HtmlPage page, Derivation d) {
        if (d.sources().isEmpty() && d.changes().isEmpty()) {
            return;
        }
        page.open("ul", "class", "cited");
        for (CitedSource source : d.sources()) {
            page.open("li").text("source ");
            HtmlAnchors.link(page, anchors.source(source.id()), source.id());
            if (!source.title().isEmpty()) {
                page.text(": " + source.title());
            }
            page.close("li");
        }
        for (String change : d.changes()) {
            page.element("li", "changed by rule " + change);
        }
        page.close("ul");
    }
}
