package whatif.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import whatif.chart.NoFontException;

/**
 * A chart that could not be drawn because Java finds no font on this machine: the machine's
 * problem, which its user can fix, so an input error (exit code 2) like an output that cannot be
 * written, never "a bug in whatif". The command line was right, so it is printed as the error and
 * its hint alone, without the usage line and the pointer to the options of a command-line mistake.
 */
final class ChartFonts {
    static final String HINT = "Java draws a chart's text with the machine's fonts: install a font package, "
            + "such as Debian's `fonts-dejavu-core`, or check that `FONTCONFIG_FILE` names a fontconfig file that lists font folders";

    private ChartFonts() {
    }

    /** Prints the error and its hint to {@code err} (a {@link whatif.report.TerminalWriter}: the path is escaped). */
    static void report(PrintWriter err, Path chart, NoFontException e) {
        err.println("error: cannot draw the chart `" + chart + "`: Java finds no font on this machine (" + e.jdkMessage() + ")");
        err.println(" = hint: " + HINT);
        err.flush();
    }
}
