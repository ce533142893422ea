package whatif.cli;

import whatif.report.JsonReporter;
import whatif.report.Reporter;
import whatif.report.SourceLines;
import whatif.report.TextReporter;

/** The report formats of {@code --format}. */
enum Format {
    text, json;

    Reporter reporter() {
        return this == json ? new JsonReporter() : new TextReporter(new SourceLines());
    }
}
