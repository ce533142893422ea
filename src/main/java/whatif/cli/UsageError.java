package whatif.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A command line whatif cannot act on, found by a command after picocli parsed it (an output
 * that names a folder, say), with a hint that says what to do instead. Printed, like picocli's
 * own parse errors, by {@link UsageErrorHandler}.
 */
final class UsageError extends ParameterException {
    private final String hint;

    UsageError(CommandLine commandLine, String message, String hint) {
        super(commandLine, message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
