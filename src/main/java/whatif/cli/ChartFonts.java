package whatif.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import whatif.chart.NoFontException;

/**
 * A chart that could not be drawn because Java finds no font on this machine: the machine's
 * problem, which its user can fix, so a usage error (exit code 2) like an output that cannot be
 * written, never "a bug in whatif".
 */
final class ChartFonts {
    static final String HINT = "Java draws a chart's text with the machine's fonts: install a font package, "
            + "such as Debian's `fonts-dejavu-core`, or check that `FONTCONFIG_FILE` names a fontconfig file that lists font folders";

    private ChartFonts() {
    }

    static UsageError noFont(CommandLine cli, Path chart, NoFontException e) {
        return new UsageError(cli, "cannot draw the chart `" + chart + "`: Java finds no font on this machine (" + e.jdkMessage() + ")",
                HINT);
    }
}
