package whatif.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import whatif.report.TerminalText;
import whatif.report.TerminalWriter;

@Command(name = "whatif", mixinStandardHelpOptions = true, versionProvider = WhatIf.Version.class,
        description = "Policy scenarios as Drools rules and YAML files: run them, check them, report their outcomes.",
        subcommands = {RunCommand.class, CheckCommand.class, ExplainCommand.class, DiffCommand.class, MutateCommand.class,
            WatchCommand.class, SweepCommand.class, ChartCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif run scenarios/   run every scenario, report each outcome",
            "  whatif check            compile the rules, check the scenarios",
            "  whatif diff FILE        what each variant of a scenario changes",
            "  whatif sweep FILE --vary Type.field=0..100:10   one row per point of a grid",
            "  whatif help run         the options of `run`"})
public final class WhatIf implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // From picocli's model, so that a new command is listed without anyone remembering to.
        List<String> commands = List.copyOf(spec.subcommands().keySet());
        throw new UsageError(spec.commandLine(), "a command is required: " + UsageErrorHandler.oneOf(commands), "");
    }

    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        // Before anything touches Drools: its INFO/DEBUG lines are noise unless asked for.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        int code;
        try (ExitGuard guard = ExitGuard.arm(System.err)) {
            code = commandLine(verbose).execute(args);
        } catch (Error e) {
            // picocli hands exceptions to the handler below but lets an Error through: without
            // this, the JVM would end with 1, which says "an expectation failed".
            System.err.println(TerminalText.escape("internal error: " + e));
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

    /** The configured command line, for {@code main} and for in-process tests. */
    public static CommandLine commandLine(boolean verbose) {
        CommandLine cli = new CommandLine(new WhatIf());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = TerminalWriter.over(commandLine.getErr());
            err.println("internal error: " + exception);
            if (verbose) {
                exception.printStackTrace(err);
            } else {
                err.println("this is a bug in whatif; run again with --verbose for the stack trace and report it");
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        return cli;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WhatIf.class.getPackage().getImplementationVersion();
            return new String[] {"whatif " + (version == null ? "(development build)" : version)};
        }
    }
}
