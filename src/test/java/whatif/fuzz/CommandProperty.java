package whatif.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What must hold for any command on any input: it finishes within its time limit; it returns 0,
 * 1 or 2 (3 is a bug in whatif, and {@code check} has no 1); nothing escapes to standard error;
 * what it prints has no raw control character but the line break, stays within a size bound, and
 * ends with its closing line, so the report was written whole; JSON is JSON.
 */
final class CommandProperty {
    static final long OUTPUT_BASE = 1L << 20;
    static final long OUTPUT_PER_INPUT_BYTE = 100;
    /** `check` ends with what it read, counted as `run` counts it (see CheckCommand). */
    private static final Pattern CHECK_END = Pattern.compile(
            "(ok: )?(\\d+ rules?|the rules do not compile), \\d+ scenarios?: \\d+ valid, \\d+ invalid(, \\d+ not checked)?(; \\d+ files? could not be read)?");
    /** `run` ends with every scenario counted (see RunReport.Summary). */
    private static final Pattern RUN_END = Pattern.compile(
            "\\d+ scenarios?: \\d+ passed, \\d+ failed, \\d+ errors?, \\d+ invalid(, \\d+ not run)?(; \\d+ files? could not be read)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommandProperty() {
    }

    /** From the worst to the least: what a finding's kind says, in the order they are worth a reader's time. */
    private static final List<String> WORST_FIRST = List.of("failed inside whatif", "did not finish", "returned",
            "not JSON", "did not end", "standard error", "too much", "raw U+");

    static Optional<Finding> check(Command command, Duration limit, long inputBytes) {
        return findings(command, limit, inputBytes).stream().findFirst();
    }

    /** Every finding, worst first. */
    static List<Finding> findings(Command command, Duration limit, long inputBytes) {
        Optional<Command.Result> finished = command.execute(limit);
        if (finished.isEmpty()) {
            return List.of(new Finding("`" + command.name() + "` did not finish within " + limit.toSeconds() + " s", ""));
        }
        Command.Result result = finished.get();
        List<Finding> findings = new ArrayList<>();
        String name = "`" + command.name() + "`";
        boolean isCheck = command.name().equals("check");
        if (result.exitCode() == 3 || result.exitCode() == -1) {
            findings.add(new Finding(name + " failed inside whatif: " + thrownClass(result.err()), firstLine(result.err())));
        } else if (result.exitCode() < 0 || result.exitCode() > 2 || (isCheck && result.exitCode() == 1)) {
            findings.add(new Finding(name + " returned " + result.exitCode(), ""));
        } else if (!result.err().isEmpty()) {
            findings.add(new Finding(name + " printed to standard error", firstLine(result.err())));
        }
        OutputText.rawControlCharacter("the output of " + name, result.out()).ifPresent(findings::add);
        OutputText.rawControlCharacter("the standard error of " + name, result.err()).ifPresent(findings::add);
        if (result.out().length() > OUTPUT_BASE + OUTPUT_PER_INPUT_BYTE * inputBytes) {
            findings.add(new Finding(name + " printed too much", result.out().length() + " characters for " + inputBytes + " bytes of input"));
        }
        if (result.exitCode() >= 0 && result.exitCode() <= 2) {
            closing(command, result.out()).ifPresent(findings::add);
        }
        return findings;
    }

    /** 0 for the worst kind of finding; a raw control character, the least, is the last. */
    static int severity(Finding finding) {
        for (int i = 0; i < WORST_FIRST.size(); i++) {
            if (finding.kind().contains(WORST_FIRST.get(i))) {
                return i;
            }
        }
        return WORST_FIRST.size();
    }

    static boolean isOnlyAControlCharacter(Finding finding) {
        return severity(finding) == WORST_FIRST.size() - 1;
    }

    private static Optional<Finding> closing(Command command, String out) {
        if (command.name().equals("run --format json")) {
            try {
                JSON.readTree(out);
                return Optional.empty();
            } catch (JsonProcessingException e) {
                return Optional.of(new Finding("`run --format json` printed what is not JSON", e.getOriginalMessage()));
            }
        }
        String[] lines = out.split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1];
        Pattern end = command.name().equals("check") ? CHECK_END : RUN_END;
        return end.matcher(last).matches() ? Optional.empty()
                : Optional.of(new Finding("`" + command.name() + "` did not end its report", "its last line is " + Escaped.of(last)));
    }

    private static String thrownClass(String err) {
        String first = firstLine(err).replaceFirst("^(internal error|escaped): ", "");
        int colon = first.indexOf(':');
        return colon < 0 ? first : first.substring(0, colon);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
