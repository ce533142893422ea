package whatif.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "folder of .drl files, read recursively (default: ${DEFAULT-VALUE})")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "show Drools' own logging and stack traces of internal errors")
    boolean verbose;
}
