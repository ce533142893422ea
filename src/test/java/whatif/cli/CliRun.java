package whatif.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process, as a user would from a shell, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static final String FIXTURES = "src/test/resources/fixtures/cli";

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WhatIf.commandLine(false);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static String fixture(String name) {
        return FIXTURES + "/" + name;
    }
}
