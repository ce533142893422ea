package whatif.rulebook;

import java.nio.file.Path;
import java.util.Objects;

/** The text of one DRL file and the path the user knows it by (used in every diagnostic). */
public record RuleSource(Path path, String text) {
    public RuleSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The 1-based line {@code line}, without its line break; empty past the end. */
    public String line(int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }

    public int lineCount() {
        return text.split("\n", -1).length;
    }
}
