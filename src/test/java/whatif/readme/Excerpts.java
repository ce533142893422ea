package whatif.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a README block may be an excerpt of. A block is one when its lines appear in a file,
 * in order, unbroken and exactly as written; when it is not, {@link #nearestMiss} says where the
 * block and the file that comes closest part.
 */
record Excerpts(String description, List<Path> files) {

    /** Every file under the folder (recursively, sorted) whose name ends with the extension. */
    static Excerpts under(Path folder, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return new Excerpts("a ." + extension + " file under " + folder + "/",
                    paths.filter(p -> p.toString().endsWith("." + extension)).sorted().toList());
        }
    }

    Optional<Path> fileContaining(List<String> block) {
        return files.stream().filter(file -> Collections.indexOfSubList(lines(file), block) >= 0).findFirst();
    }

    /** The file and place where most of the block's first lines match, and the first line that differs. */
    String nearestMiss(MarkdownFile.CodeBlock block, String readme) {
        Path nearest = null;
        int start = 0;
        int matched = 0;
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int s = 0; s < lines.size(); s++) {
                int k = matching(block.lines(), lines, s);
                if (k > matched) {
                    nearest = file;
                    start = s;
                    matched = k;
                }
            }
        }
        if (nearest == null) {
            return "its first line `" + block.lines().get(0) + "` is in no such file";
        }
        List<String> lines = lines(nearest);
        String found = start + matched < lines.size() ? "`" + lines.get(start + matched) + "`" : "the end of the file";
        return "the nearest is " + nearest + ":" + (start + 1) + ", where " + readme + ":" + (block.line() + matched)
                + " reads `" + block.lines().get(matched) + "` and the file has " + found;
    }

    private static int matching(List<String> block, List<String> lines, int start) {
        int k = 0;
        while (k < block.size() && start + k < lines.size() && block.get(k).equals(lines.get(start + k))) {
            k++;
        }
        return k;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readString(file).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
