package whatif.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import whatif.readme.MarkdownFile.Target;
import whatif.source.Suggestions;

/**
 * Every relative link of the README names a file or folder inside the repository, and every
 * anchor a heading of the file it points into, so that a reader on GitHub, or in a checkout,
 * never follows a link to nothing. Links with a scheme ({@code https:}) go outside by intent and
 * are not followed: a build does not depend on the network.
 */
class ReadmeLinksTest {
    private static final Path README = Path.of("README.md");
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    @TestFactory
    Stream<DynamicTest> everyLinkOfTheReadmeLeadsToAFileOrHeadingInTheRepository() throws IOException {
        MarkdownFile readme = MarkdownFile.read(README);
        return readme.links().stream().filter(link -> !SCHEME.matcher(link.destination()).find())
                .map(link -> dynamicTest(place(link) + " " + link.destination(), () -> check(readme, link)));
    }

    @Test
    void theReadmeHasLinksToFilesAndToItsOwnHeadings() throws IOException {
        // Guards the test above, which would pass on a README it could not read any link of.
        assertThat(MarkdownFile.read(README).links()).extracting(Target::destination)
                .anyMatch(d -> d.startsWith("#")).anyMatch(d -> d.startsWith("src/"));
    }

    private static void check(MarkdownFile readme, Target link) throws IOException {
        problem(readme, link.destination())
                .ifPresent(problem -> fail(place(link) + ": `" + link.destination() + "` " + problem));
    }

    /** What is wrong with a relative link, if anything. */
    private static Optional<String> problem(MarkdownFile readme, String destination) throws IOException {
        int hash = destination.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? destination : destination.substring(0, hash),
                StandardCharsets.UTF_8);
        String anchor = hash < 0 ? "" : destination.substring(hash + 1);
        MarkdownFile into = readme;
        if (!path.isEmpty()) {
            // GitHub resolves a path that starts with `/` from the repository's root.
            Path target = ROOT.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
            if (!target.startsWith(ROOT)) {
                return Optional.of("leads outside the repository; link to a file inside it, or write the path as text");
            }
            if (!Files.exists(target)) {
                return Optional.of("names no file or folder: " + ROOT.relativize(target) + " does not exist");
            }
            if (anchor.isEmpty() || !target.toString().endsWith(".md")) {
                return Optional.empty();
            }
            into = MarkdownFile.read(target);
        }
        return into.anchors().contains(anchor) ? Optional.empty()
                : Optional.of("names no heading of " + ROOT.relativize(into.path().toAbsolutePath()) + "; "
                        + Suggestions.hint(anchor, List.copyOf(into.anchors())));
    }

    private static String place(Target link) {
        return README + ":" + link.line();
    }
}
