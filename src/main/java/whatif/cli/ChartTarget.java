package whatif.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The file a chart is written to, checked before any work is done: a folder is refused, missing
 * folders are created; a write that fails later is the user's to fix, as for a report's `-o`,
 * never "a bug in whatif".
 */
final class ChartTarget {
    private ChartTarget() {
    }

    /** Refuses a folder and creates the missing folders of {@code chart}, which {@code option} named. */
    static void prepare(Path chart, String option, CommandLine cli) {
        ReportFile.refuseFolderAndCreateParents(chart, option, "chart", "chart.svg", cli);
    }

    static UsageError unwritable(Path chart, String option, IOException e, CommandLine cli) {
        return new UsageError(cli, "cannot write the chart `" + chart + "`: " + ReportFile.describe(e),
                "give `" + option + "` a file you can write to");
    }
}
