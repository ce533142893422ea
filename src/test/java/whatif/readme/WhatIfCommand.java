package whatif.readme;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import whatif.cli.WhatIf;

/**
 * A {@code target/whatif ...} (or {@code java -jar target/whatif.jar ...}) command of a README shell
 * block that runs an example (it names {@code examples/}), run in-process with the command line the
 * jar's {@code main} runs.
 * The policy's own {@code run scenarios/} is left to {@code whatif.ScenarioFilesTest} and CI,
 * which run every scenario already: a second run would double the slowest part of the build.
 * Builds ({@code mvn ...}) cannot run inside a build.
 */
record WhatIfCommand(String text, List<String> args) {
    /** The launcher the README uses, and the plain form it stands for. */
    private static final List<String> PREFIXES = List.of("target/whatif ", "java -jar target/whatif.jar ");

    /** The example commands of a block, one per line or per part of a line joined with {@code &&}. */
    static List<WhatIfCommand> in(MarkdownFile.CodeBlock block) {
        return block.lines().stream()
                .flatMap(line -> Arrays.stream(line.split("&&")))
                .map(String::strip)
                .filter(command -> command.contains(" examples/"))
                .flatMap(command -> PREFIXES.stream().filter(command::startsWith).limit(1)
                        .map(prefix -> new WhatIfCommand(command,
                                List.of(command.substring(prefix.length()).strip().split("\\s+")))))
                .toList();
    }

    /** The exit code and everything printed, as a shell would show it. */
    Result run() {
        StringWriter printed = new StringWriter();
        CommandLine cli = WhatIf.commandLine(false);
        cli.setOut(new PrintWriter(printed, true));
        cli.setErr(new PrintWriter(printed, true));
        int exitCode = cli.execute(args.toArray(String[]::new));
        return new Result(exitCode, printed.toString());
    }

    record Result(int exitCode, String printed) {
    }
}
