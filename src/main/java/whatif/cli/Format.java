package whatif.cli;

import java.util.Optional;
import whatif.report.HtmlReporter;
import whatif.report.JsonReporter;
import whatif.report.JunitXmlReporter;
import whatif.report.Reporter;
import whatif.report.SourceLines;
import whatif.report.TextReporter;
import whatif.rulebook.RuleBook;

/** The report formats of {@code --format}. */
enum Format {
    text, json, junit, html;

    Reporter reporter() {
        return reporter(Optional.empty());
    }

    /** @param book the compiled rules, whose sources and explanations the HTML page shows */
    Reporter reporter(Optional<RuleBook> book) {
        return switch (this) {
            case text -> new TextReporter(new SourceLines());
            case json -> new JsonReporter();
            case junit -> new JunitXmlReporter();
            case html -> new HtmlReporter(book, new SourceLines());
        };
    }

    /** The HTML page explains every scenario, from a trace recorded as it runs; the others need none. */
    boolean explains() {
        return this == html;
    }

    /** The HTML page always has its coverage table; the others show coverage when asked for. */
    boolean alwaysShowsCoverage() {
        return this == html;
    }
}
