package whatif.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import whatif.rulebook.RuleBook;
import whatif.source.Diagnostic;

/**
 * The report as one self-contained HTML page, readable from a file with no server: a summary,
 * the problems in the input, each scenario with its verdict, expectations and explanation (open
 * when it did not pass), the rule coverage and the sources the rules cite, linked to each other.
 * No script runs on it, and its content security policy forbids any, so that no text from a file
 * could run as one; every piece of file text is escaped. The same input gives the same bytes.
 */
public final class HtmlReporter implements Reporter {
    private static final String STYLE = style();
    /** Styles inline and nothing else: no script, no request, whatever the page holds. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final Optional<RuleBook> book;
    private final DiagnosticRenderer renderer;

    /** @param book the rules the scenarios ran against, for their sources and explanations; empty when they did not compile */
    public HtmlReporter(Optional<RuleBook> book, SourceLines sources) {
        this.book = book;
        this.renderer = new DiagnosticRenderer(sources);
    }

    @Override
    public void report(RunReport report, PrintWriter out) {
        List<ScenarioEntry> entries = report.entries();
        HtmlAnchors anchors = new HtmlAnchors(entries, book);
        HtmlPage page = new HtmlPage();
        head(page, report);
        header(page, report);
        problems(page, report.rulesCompiled() ? report.inputDiagnostics() : report.diagnostics());
        page.markup("<section id=\"scenarios\">").newline().element("h2", "Scenarios").newline();
        if (!report.rulesCompiled()) {
            page.element("p", "The rules do not compile: no scenario was run.").newline();
        }
        HtmlScenarioSection section = new HtmlScenarioSection(book, anchors, renderer);
        for (int i = 0; i < entries.size(); i++) {
            section.write(page, entries.get(i), i);
        }
        page.markup("</section>").newline();
        page.markup("<section id=\"coverage\">").newline().element("h2", "Rule coverage").newline();
        report.coverage().ifPresentOrElse(coverage -> new HtmlCoverageTable(anchors).write(page, coverage),
                () -> page.element("p", "No coverage: the rules do not compile.").newline());
        page.markup("</section>").newline();
        page.markup("<section id=\"sources\">").newline().element("h2", "Sources").newline();
        book.ifPresentOrElse(b -> new HtmlSourcesTable(anchors).write(page, b),
                () -> page.element("p", "No sources: the rules do not compile.").newline());
        page.markup("</section>").newline().markup("</main>").newline().markup("</body>").newline()
                .markup("</html>").newline();
        out.print(page);
        out.flush();
    }

    private static void head(HtmlPage page, RunReport report) {
        page.markup("<!DOCTYPE html>").newline().markup("<html lang=\"en\">").newline().markup("<head>").newline()
                .markup("<meta charset=\"utf-8\">").newline()
                .open("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).newline()
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline()
                .element("title", "whatif: " + report.summary().sentence()).newline()
                .markup("<style>").newline().markup(STYLE).markup("</style>").newline()
                .markup("</head>").newline().markup("<body>").newline();
    }

    private static void header(HtmlPage page, RunReport report) {
        RunReport.Summary counts = report.summary();
        page.markup("<header>").newline().element("h1", "whatif report").newline()
                .element("p", counts.sentence(), "class", "summary").newline()
                .open("ul", "class", "counts")
                .element("li", counts.passed() + " passed", "class", "passed")
                .element("li", counts.failed() + " failed", "class", "failed")
                .element("li", Quantity.of(counts.errors(), "error"), "class", "error")
                .element("li", counts.invalid() + " invalid", "class", "invalid");
        if (counts.notRun() > 0) {
            page.element("li", counts.notRun() + " not run", "class", "not-run");
        }
        if (counts.unreadableFiles() > 0) {
            page.element("li", Quantity.of(counts.unreadableFiles(), "unreadable file"), "class", "unreadable");
        }
        report.coverage().ifPresent(c -> page.element("li", "rule coverage " + c.percentText(), "class", "coverage"));
        page.close("ul").newline()
                .markup("<nav><a href=\"#scenarios\">Scenarios</a><a href=\"#coverage\">Rule coverage</a>"
                        + "<a href=\"#sources\">Sources</a></nav>").newline()
                .markup("</header>").newline().markup("<main>").newline();
    }

    private void problems(HtmlPage page, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        page.markup("<section id=\"problems\">").newline().element("h2", "Problems in the input").newline()
                .diagnostics(renderer, diagnostics).markup("</section>").newline();
    }

    private static String style() {
        try (InputStream in = HtmlReporter.class.getResourceAsStream("/whatif/report.css")) {
            if (in == null) {
                throw new IllegalStateException("whatif/report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
