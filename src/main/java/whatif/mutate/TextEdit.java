package whatif.mutate;

/**
 * One replacement in a file's text: the characters from {@code start} (inclusive) to {@code end}
 * (exclusive), as {@code char} indices, become {@code replacement}. An insertion has
 * {@code start == end}.
 */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range of a text: " + start + ".." + end);
        }
        java.util.Objects.requireNonNull(replacement, "replacement");
    }

    static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
