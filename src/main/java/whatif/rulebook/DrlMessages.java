package whatif.rulebook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drools' and the Java compiler's messages in the house style, and the name each is about. */
final class DrlMessages {
    private static final Pattern UNRESOLVED = Pattern.compile("^([\\w$.]+) cannot be resolved");
    private static final Pattern UNDEFINED_METHOD =
            Pattern.compile("^The method (\\w+\\([^)]*\\)) is undefined for the type ([\\w.$]+)");
    private static final Pattern CONVERSION = Pattern.compile("cannot convert from ([\\w.$<>\\[\\]]+) to ([\\w.$<>\\[\\]]+)");
    private static final Pattern FIRST_NAME = Pattern.compile(
            "(?:The method (\\w+)\\(|^(\\$?\\w+) cannot be resolved|field (\\w+)|token \"([^\"]+)\"|'([\\w.$]+)')");

    private DrlMessages() {
    }

    /** The name a message is about, to find it in the source: a method, a variable, a quoted name. */
    static Optional<String> nameIn(String message) {
        Matcher m = FIRST_NAME.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Optional.of(simpleName(m.group(g)));
            }
        }
        return Optional.empty();
    }

    /** The Java compiler's message with names in backticks, as written, and a lowercase start. */
    static String javaMessage(String message) {
        String tidy = UNRESOLVED.matcher(message).replaceFirst("`$1` cannot be resolved");
        tidy = UNDEFINED_METHOD.matcher(tidy).replaceFirst("the method `$1` is undefined for the type `$2`");
        tidy = CONVERSION.matcher(tidy).replaceFirst("cannot convert from `$1` to `$2`");
        return lowerFirst(firstLine(tidy));
    }

    /** The first line, without the trailing colon or period Drools puts there. */
    static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        String line = newline < 0 ? trimmed : trimmed.substring(0, newline);
        line = line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
