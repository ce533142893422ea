package whatif.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import whatif.assertions.WhatIf;
import whatif.assertions.WhatIfAssertions;
import whatif.readme.MarkdownFile.CodeBlock;
import whatif.run.Outcome;

/**
 * Every example in the README runs, so that none can drift from what whatif does. A ```drl,
 * ```yaml or ```java block is a verbatim excerpt of a file that `mvn verify` runs: rules under
 * {@code examples/} (their folder must compile), scenarios under {@code examples/} (every
 * scenario of the file must pass against its example's rules), tests in this package. The
 * dependencies and plugins of an ```xml block have the versions pom.xml gives them; the whatif
 * commands of a ```sh block that run an example exit with 0. Output and deliberate fragments are
 * ```text, which nothing checks.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path README_TESTS = Path.of("src/test/java/whatif/readme");
    private static final Map<Path, WhatIf> RULES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyExampleInTheReadmeRuns() throws IOException {
        return MarkdownFile.read(README).codeBlocks().stream()
                .filter(ReadmeExamplesTest::hasSomethingToCheck)
                .map(block -> dynamicTest(place(block) + " " + fence(block), () -> check(block)));
    }

    @Test
    void theReadmeHasAnExampleOfEveryKindThatIsChecked() throws IOException {
        // Guards the test above, which would pass on a README it could not read any block of.
        assertThat(MarkdownFile.read(README).codeBlocks()).extracting(CodeBlock::language)
                .contains("drl", "yaml", "java", "xml", "sh");
    }

    private static boolean hasSomethingToCheck(CodeBlock block) {
        return switch (block.language()) {
            case "text" -> false;
            case "sh" -> !WhatIfCommand.in(block).isEmpty();
            default -> true;
        };
    }

    private static void check(CodeBlock block) throws Exception {
        switch (block.language()) {
            case "drl" -> rulesOf(exampleOf(excerptOf(block, Excerpts.under(EXAMPLES, "drl"))));
            case "yaml" -> scenariosPass(excerptOf(block, Excerpts.under(EXAMPLES, "yaml")), block);
            case "java" -> excerptOf(block, Excerpts.under(README_TESTS, "java"));
            case "xml" -> versionsAreThePoms(block);
            case "sh" -> commandsSucceed(block);
            default -> fail(place(block) + ": " + fence(block) + " is not a language the README's test checks"
                    + "\n  = hint: write drl, yaml or java for examples (each an excerpt of a file `mvn verify` runs),"
                    + " xml for pom snippets, sh for commands, or text for output and fragments");
        }
    }

    /** The file the block is an excerpt of; fails saying where the nearest file parts from it. */
    private static Path excerptOf(CodeBlock block, Excerpts candidates) {
        return candidates.fileContaining(block.lines()).orElseGet(() -> fail(place(block) + ": this " + fence(block)
                + " block is not part of " + candidates.description() + "; "
                + candidates.nearestMiss(block, README.toString())
                + "\n  = hint: a README example is a verbatim excerpt of a file that `mvn verify` runs, so that the two"
                + " cannot drift: copy it from the file (or change both), or mark output and fragments as ```text"));
    }

    private static void scenariosPass(Path file, CodeBlock block) {
        List<Outcome> outcomes = rulesOf(exampleOf(file)).run(file);
        assertThat(outcomes).as("scenarios in %s", file).isNotEmpty();
        outcomes.forEach(outcome -> WhatIfAssertions.assertThat(outcome)
                .as("%s, in %s (the README's block at %s)", outcome.scenario().name(), file, place(block)).passed());
    }

    private static void versionsAreThePoms(CodeBlock block) throws Exception {
        PomVersions pom = PomVersions.read(Path.of("pom.xml"));
        byte[] xml = ("<snippet>" + block.text() + "</snippet>").getBytes(StandardCharsets.UTF_8);
        Document snippet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        List<Element> known = PomVersions.artifacts(snippet).stream()
                .filter(a -> pom.versionOf(PomVersions.key(a)).isPresent()).toList();
        assertThat(known).as("%s: dependencies or plugins of the xml block that pom.xml has too", place(block))
                .isNotEmpty();
        for (Element artifact : known) {
            assertThat(PomVersions.text(artifact, "version")).as("%s: the version of %s", place(block),
                    PomVersions.key(artifact)).isEqualTo(pom.versionOf(PomVersions.key(artifact)).orElseThrow());
        }
    }

    private static void commandsSucceed(CodeBlock block) {
        for (WhatIfCommand command : WhatIfCommand.in(block)) {
            WhatIfCommand.Result result = command.run();
            assertThat(result.exitCode()).as("%s: `%s` exits with 0; it printed:%n%s", place(block), command.text(),
                    result.printed()).isZero();
        }
    }

    /** {@code examples/NAME} of a file under it. */
    private static Path exampleOf(Path file) {
        return EXAMPLES.resolve(EXAMPLES.relativize(file).getName(0));
    }

    /** The example's rules, compiled once; a failure lists every diagnostic. */
    private static WhatIf rulesOf(Path example) {
        return RULES.computeIfAbsent(example, e -> WhatIf.rules(e.resolve("rules")));
    }

    private static String place(CodeBlock block) {
        return README + ":" + block.line();
    }

    private static String fence(CodeBlock block) {
        return "```" + block.language();
    }
}
