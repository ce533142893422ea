package whatif.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import whatif.explain.Explainer;
import whatif.rulebook.RuleBook;
import whatif.run.Firing;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.run.Verdict;
import whatif.scenario.Scenario;
import whatif.scenario.Step;
import whatif.source.Diagnostic;

/**
 * One scenario on the page: its verdict and name always shown, and, opened by a click (or open
 * already when it did not pass), its description, problems, expectations with expected and
 * actual, run error, the rules it fired and the explanation of its facts.
 */
final class HtmlScenarioSection {
    private final Optional<RuleBook> book;
    private final HtmlAnchors anchors;
    private final DiagnosticRenderer renderer;

    HtmlScenarioSection(Optional<RuleBook> book, HtmlAnchors anchors, DiagnosticRenderer renderer) {
        this.book = book;
        this.anchors = anchors;
        this.renderer = renderer;
    }

    void write(HtmlPage page, ScenarioEntry entry, int index) {
        String status = entry.status().label();
        boolean passed = entry.status() == Status.PASSED;
        page.open("details", "class", "scenario " + status, "id", HtmlAnchors.scenarioAt(index), "open", passed ? null : "");
        page.open("summary").element("span", status, "class", "verdict " + status).text(" ")
                .element("span", entry.name().isEmpty() ? "(no name)" : entry.name(), "class", "name").text(" ")
                .element("span", entry.span().toString(), "class", "where").close("summary").newline();
        if (entry instanceof ScenarioEntry.Ran ran) {
            outcome(page, ran.outcome());
        }
        diagnostics(page, entry.diagnostics());
        page.close("details").newline();
    }

    private void outcome(HtmlPage page, Outcome outcome) {
        if (!outcome.scenario().description().isEmpty()) {
            page.element("p", outcome.scenario().description(), "class", "description").newline();
        }
        if (!outcome.verdicts().isEmpty()) {
            expectations(page, outcome.verdicts());
        }
        outcome.error().ifPresent(error -> {
            page.open("div", "class", "run-error").element("p", error.message());
            if (!error.hint().isEmpty()) {
                page.element("p", "hint: " + error.hint());
            }
            page.close("div").newline();
        });
        if (!outcome.firings().isEmpty()) {
            fired(page, outcome.firings());
        }
        if (outcome.trace().isPresent() && book.isPresent()) {
            Scenario scenario = outcome.scenario();
            new HtmlExplanationTree(anchors).write(page, Explainer.explain(scenario.name(), outcome.trace().get(),
                    book.get(), lastDate(scenario)), !outcome.passed());
        }
    }

    private static void expectations(HtmlPage page, List<Verdict> verdicts) {
        page.open("table", "class", "expectations").newline();
        page.markup("<thead><tr><th>held</th><th>expectation</th><th>expected</th><th>actual</th><th>on</th>"
                + "<th>written at</th></tr></thead>").newline().open("tbody").newline();
        for (Verdict v : verdicts) {
            page.open("tr", "class", v.held() ? "held" : "not-held")
                    .element("td", v.held() ? "✓ held" : "✗ not held")
                    .open("td").element("code", v.expectation()).close("td")
                    .open("td").element("code", v.expected()).close("td")
                    .open("td").element("code", v.actual()).close("td")
                    .element("td", v.on().toString())
                    .element("td", v.span().toString())
                    .close("tr").newline();
        }
        page.close("tbody").close("table").newline();
    }

    /** Each rule once, in the order it first fired, with the dates it fired on. */
    private void fired(HtmlPage page, List<Firing> firings) {
        Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
        for (Firing f : firings) {
            List<LocalDate> on = dates.computeIfAbsent(f.rule(), r -> new ArrayList<>());
            if (!on.contains(f.on())) {
                on.add(f.on());
            }
        }
        page.element("p", "Rules fired, in the order they first fired:", "class", "fired-heading")
                .open("ol", "class", "fired").newline();
        dates.forEach((rule, on) -> {
            page.open("li");
            HtmlAnchors.link(page, anchors.rule(rule), rule);
            page.text(" on " + String.join(", ", on.stream().map(LocalDate::toString).toList())).close("li").newline();
        });
        page.close("ol").newline();
    }

    private void diagnostics(HtmlPage page, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        page.diagnostics(renderer, diagnostics);
    }

    /** The date an explanation of the whole run looks at: the last of the timeline, or {@code asOf}. */
    private static LocalDate lastDate(Scenario scenario) {
        return scenario.timeline().stream().map(Step::on).max(LocalDate::compareTo)
                .filter(last -> last.isAfter(scenario.asOf())).orElse(scenario.asOf());
    }
}
