package whatif.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import whatif.report.TerminalWriter;
import whatif.source.Suggestions;

/**
 * Prints a command-line mistake in three lines instead of the whole help: what is wrong, the
 * command's one-line usage, and a hint (picocli's "did you mean" suggestion when it has one,
 * and where the options are listed). Exit code 2.
 * <pre>
 * error: unknown option: '--formt'
 * usage: whatif run [-hvV] [OPTIONS] [PATHS...]
 *  = hint: did you mean `--format`? `whatif help run` lists the options
 * </pre>
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = TerminalWriter.over(cli.getErr());
        err.println("error: " + lowerFirst(ex.getMessage()));
        err.println("usage: " + cli.getHelp().abbreviatedSynopsis().strip());
        err.println(" = hint: " + hint(ex, cli));
        err.flush();
        return ExitCode.INPUT;
    }

    private static String hint(ParameterException ex, CommandLine cli) {
        String help = cli.getParent() == null
                ? "`" + cli.getCommandName() + " help` describes each command"
                : "`" + cli.getParent().getCommandName() + " help " + cli.getCommandName() + "` lists the options";
        String specific = "";
        if (ex instanceof UsageError usage) {
            specific = usage.hint();
        } else if (ex instanceof UnmatchedArgumentException unmatched) {
            specific = suggestion(unmatched, cli);
        }
        if (specific.isEmpty()) {
            return help;
        }
        return specific + (specific.endsWith("?") ? " " : "; ") + help;
    }

    /**
     * The command or option meant, if one is near: picocli's candidates first, kept only when
     * they are near by our measure (picocli offers `bench` for `scenarios`), then every name.
     */
    private static String suggestion(UnmatchedArgumentException unmatched, CommandLine cli) {
        if (unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String typed = unmatched.getUnmatched().get(0);
        boolean option = typed.startsWith("-");
        Set<String> known = option ? cli.getCommandSpec().optionsMap().keySet() : cli.getSubcommands().keySet();
        boolean guessable = typed.replaceFirst("^-+", "").length() >= 2; // `-x` is near every short option
        Optional<String> meant = guessable
                ? Suggestions.nearest(typed, unmatched.getSuggestions()).or(() -> Suggestions.nearest(typed, known))
                : Optional.empty();
        return meant.map(name -> "did you mean `" + name + "`?")
                .orElse(!option && !known.isEmpty() ? "a command comes first: " + oneOf(List.copyOf(known)) : "");
    }

    /** {@code `a`}, {@code `a` or `b`}, {@code `a`, `b` or `c`}: the names to choose from. */
    static String oneOf(List<String> names) {
        List<String> quoted = names.stream().map(n -> "`" + n + "`").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "the command line could not be understood";
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
