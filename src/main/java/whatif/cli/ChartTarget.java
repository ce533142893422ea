package whatif.cli;

import java.io.IOException;
import java.nio.file.Files;
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
        if (Files.isDirectory(chart)) {
            throw new UsageError(cli, "`" + option + " " + chart + "` names a folder; expected the chart's file",
                    "name a file in it, as `" + option + " " + chart.resolve("chart.svg") + "`");
        }
        Path folder = chart.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UsageError(cli, "cannot create the folder of `" + option + " " + chart + "`: " + ReportFile.describe(e),
                    "check the path, or give `" + option + "` a file in a folder you can write to");
        }
    }

    static UsageError unwritable(Path chart, String option, IOException e, CommandLine cli) {
        return new UsageError(cli, "cannot write the chart `" + chart + "`: " + ReportFile.describe(e),
                "give `" + option + "` a file you can write to");
    }
}
