package whatif.watch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import whatif.report.RunReport;
import whatif.report.SourceLines;
import whatif.report.TextReporter;
import whatif.source.Diagnostic;

/**
 * Prints a pass as {@code run} prints a report, between a line that says what changed and one
 * that says what was done, how long it took and where the whole stands:
 * <pre>
 * [watch] rules/speed.drl changed
 * error[WI0105]: type `Trip` has no field `spedKmh`
 * ...
 * [watch] recompiled 1 of 2 rule files in 140 ms; the rules do not compile; waiting for changes
 * </pre>
 */
public final class PassPrinter {
    static final String PREFIX = "[watch] ";

    public void print(Pass pass, Duration took, PrintWriter out) {
        if (!pass.isFirst()) {
            out.println(PREFIX + String.join(", ", pass.changed().stream().map(Path::toString).toList()) + " changed");
        }
        // Quoted lines are read again each pass: the files have just changed.
        new TextReporter(new SourceLines()).report(pass.shown(), out);
        out.println(PREFIX + work(pass) + " in " + took.toMillis() + " ms; " + standing(pass.all()) + "; waiting for changes");
        out.flush();
    }

    private static String work(Pass pass) {
        List<String> done = new ArrayList<>();
        int rebuilt = pass.rebuilt().size();
        if (rebuilt > 0) {
            done.add(rebuilt == pass.ruleFiles()
                    ? "compiled " + count(rebuilt, "rule file")
                    : "recompiled " + rebuilt + " of " + count(pass.ruleFiles(), "rule file"));
        } else if (pass.rulesChanged()) {
            done.add("read the rules"); // a file that does not parse is reported without building
        }
        if (pass.scenariosRun() > 0) {
            done.add("ran " + count(pass.scenariosRun(), "scenario"));
        }
        return done.isEmpty() ? "read the scenarios" : String.join(", ", done);
    }

    private static String standing(RunReport all) {
        if (!all.rulesCompiled()) {
            return "the rules do not compile";
        }
        long problems = all.allDiagnostics().stream().filter(Diagnostic::isError).count();
        String outcomes = "in all, " + all.summary().sentence();
        return problems == 0 ? outcomes : outcomes + "; " + count(problems, "problem") + " in the input";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
