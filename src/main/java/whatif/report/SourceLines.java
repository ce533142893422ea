package whatif.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lines of the files diagnostics point at, read once each, for quoting them under a header. */
public final class SourceLines {
    private final Map<Path, List<String>> cache = new HashMap<>();

    public Optional<String> line(Path file, int line) {
        List<String> lines = cache.computeIfAbsent(file, SourceLines::read);
        return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }

    private static List<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(); // a file we cannot quote is still reported, just without its line
        }
    }
}
