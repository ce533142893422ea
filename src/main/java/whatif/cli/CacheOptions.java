package whatif.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import whatif.report.TerminalWriter;
import whatif.rulebook.CacheLocation;
import whatif.rulebook.Compilation;
import whatif.rulebook.RuleBookCompilerWithCaching;

/** Options of the commands that compile a rules folder: where the compiled rules are kept between runs. */
final class CacheOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR", description = "keep compiled rules in DIR between runs "
            + "(default: $" + CacheLocation.FOLDER_VARIABLE + ", else $XDG_CACHE_HOME/whatif, else ~/.cache/whatif)")
    Path cacheDir;

    @Option(names = "--no-cache", description = "compile the rules, neither reading nor writing the cache "
            + "(also: $" + CacheLocation.OFF_VARIABLE + " set to anything)")
    boolean noCache;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The folder's rules, from the cache when it holds them; a problem with the cache is one note on the error stream. */
    Compilation compileFolder(Path rules) {
        Optional<Path> folder = CacheLocation.resolve(Optional.ofNullable(cacheDir), noCache, System.getenv(),
                Path.of(System.getProperty("user.home")));
        PrintWriter err = TerminalWriter.over(command.commandLine().getErr());
        return RuleBookCompilerWithCaching.compileFolder(rules, folder, note -> {
            err.println("note: " + note);
            err.flush();
        });
    }
}
