package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level command: what it says when no command, or a wrong one, is given. */
class WhatIfCliTest {
    private static final String NL = System.lineSeparator();

    @Test
    void withoutACommandEveryCommandIsListedInThreeLines() {
        CliRun run = CliRun.of();
        List<String> commands = List.copyOf(WhatIf.commandLine(false).getSubcommands().keySet());

        assertThat(commands).contains("run", "check", "diff", "mutate", "sweep", "help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("error: a command is required: `run`, `check`, `explain`, `diff`, `mutate`, `watch`, `sweep`, `chart`, `verify` or `help`" + NL
                + "usage: whatif [OPTIONS] [COMMAND]" + NL
                + " = hint: `whatif help` describes each command" + NL);
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = CliRun.of("rnu", "scenarios");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error: unmatched arguments from index 0: 'rnu', 'scenarios'")
                .contains(" = hint: did you mean `run`? `whatif help` describes each command");
    }

    @Test
    void aPathWithoutACommandSaysACommandComesFirst() {
        CliRun run = CliRun.of("scenarios/");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(" = hint: a command comes first: `run`, `check`, `explain`, `diff`, `mutate`, `watch`, `sweep`, `chart`, `verify` or `help`");
    }

    @Test
    void aShortOptionThatDoesNotExistGetsNoWildGuess() {
        CliRun run = CliRun.of("check", "-x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("error: unknown option: '-x'" + NL
                + "usage: whatif check [OPTIONS] [PATHS...]" + NL
                + " = hint: `whatif help check` lists the options" + NL);
    }

    @Test
    void everyFolderTheHelpExamplesNameExists() {
        CommandLine cli = WhatIf.commandLine(false);
        StringBuilder help = new StringBuilder(cli.getUsageMessage());
        cli.getSubcommands().values().forEach(sub -> help.append(sub.getUsageMessage()));
        Matcher paths = Pattern.compile("(?:scenarios|rules)/[\\w./-]*\\w").matcher(help);

        int found = 0;
        while (paths.find()) {
            found++;
            assertThat(Path.of(paths.group())).as("a path in the help examples").matches(Files::exists);
        }
        assertThat(found).as("paths named in the help").isPositive();
    }
}
